import { describe, expect, it } from "vitest";
import { domainOf, emailDomainProblem, isPublicEmailDomain, joinsAutomatically } from "./email-domain";

describe("email domains", () => {
  it("reads the domain in lower case", () => {
    expect(domainOf("Ann.Smith@Foleshill-Engineering.CO.UK")).toBe("foleshill-engineering.co.uk");
  });

  it.each(["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk", "wp.pl"])("counts %s as public webmail", (domain) => {
    expect(isPublicEmailDomain(domain)).toBe(true);
  });

  it("does not count an organisation's own domain as public", () => {
    expect(isPublicEmailDomain("foleshill-engineering.co.uk")).toBe(false);
  });

  it("lets an address join at once only at a verified organisation's own domain", () => {
    const verified = { emailDomain: "foleshill-engineering.co.uk", verification: "verified" };
    expect(joinsAutomatically("priya@foleshill-engineering.co.uk", verified)).toBe(true);
    expect(joinsAutomatically("priya@other.co.uk", verified)).toBe(false);
    expect(joinsAutomatically("priya@foleshill-engineering.co.uk", { ...verified, verification: "unverified" })).toBe(false);
  });

  it("never lets a webmail domain join anyone automatically, even if an organisation gave it", () => {
    expect(joinsAutomatically("someone@gmail.com", { emailDomain: "gmail.com", verification: "verified" })).toBe(false);
  });
});

describe("emailDomainProblem", () => {
  it("accepts the domain of the person's own address", () => {
    expect(emailDomainProblem("tom@foleshill-engineering.co.uk", "foleshill-engineering.co.uk")).toBeNull();
  });

  it("refuses a domain the person's address is not at", () => {
    expect(emailDomainProblem("tom@foleshill-engineering.co.uk", "tesco.com")).toBe("notYourDomain");
  });

  it("refuses webmail, even the person's own", () => {
    expect(emailDomainProblem("tom@gmail.com", "gmail.com")).toBe("publicDomain");
  });
});
