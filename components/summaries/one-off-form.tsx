"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import { GroupedSelect } from "@/components/ui/grouped-select";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";

type Option = { id: string; title: string };
type Contact = { id: string; name: string; email: string; status: string };
type Props = { action: FormAction; sendId: string; topics: Option[]; surveys: Option[]; groups: { organisation: string; contacts: Contact[] }[] };

/** Choose a topic or survey, tick contacts by organisation, confirm: works without JavaScript. */
export function OneOffForm({ action: sendOneOffSummaryAction, sendId, topics, surveys, groups }: Props) {
  const t = useTranslations("summaries");
  const [state, action] = useActionState(sendOneOffSummaryAction, IDLE);
  const firstContact = groups[0]?.contacts[0]?.id ?? "";
  const contactsError = fieldError(state, "contactIds");
  const confirmError = fieldError(state, "confirm");
  const ticked = fieldValues(state, "contactIds", []);
  return (
    <form action={action} className="form" aria-label={t("sendForm")} noValidate>
      <FormMessage state={state} labels={{ subject: t("about"), contactIds: t("recipients"), confirm: t("confirm"), sendId: t("sendForm") }} fieldIds={{ contactIds: `contact-${firstContact}`, sendId: "subject" }} />
      <input type="hidden" name="sendId" value={sendId} />
      <GroupedSelect
        id="subject"
        label={t("about")}
        error={fieldError(state, "subject")}
        emptyLabel={t("chooseSubject")}
        defaultValue={fieldValue(state, "subject")}
        groups={[
          { label: t("topics"), options: topics.map((topic) => ({ value: `topic:${topic.id}`, label: topic.title })) },
          { label: t("surveys"), options: surveys.map((survey) => ({ value: `survey:${survey.id}`, label: survey.title })) },
        ]}
      />
      <div className={contactsError ? "form-group form-group--error" : "form-group"}>
        <fieldset className="fieldset" aria-describedby={contactsError ? "contacts-hint contacts-error" : "contacts-hint"}>
          <legend className="label">{t("recipients")}</legend>
          <p className="hint" id="contacts-hint">
            {t("recipientsHint")}
          </p>
          {contactsError ? (
            <p className="error-message" id="contacts-error">
              {contactsError}
            </p>
          ) : null}
          {groups.map((group) => (
            <fieldset key={group.organisation} className="fieldset contact-group">
              <legend className="heading-s">{group.organisation}</legend>
              <div className="checkboxes">
                {group.contacts.map((contact) => (
                  <div key={contact.id} className="checkboxes__item">
                    <input type="checkbox" id={`contact-${contact.id}`} name="contactIds" value={contact.id} defaultChecked={ticked.includes(contact.id)} />
                    <label htmlFor={`contact-${contact.id}`}>
                      {contact.name} ({contact.email})
                      {contact.status === "active" ? null : <span className="contact-group__status"> - {t("inactive", { status: contact.status })}</span>}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      </div>
      <div className={confirmError ? "form-group form-group--error" : "form-group"}>
        {confirmError ? (
          <p className="error-message" id="confirm-error">
            {confirmError}
          </p>
        ) : null}
        <div className="checkboxes__item">
          <input type="checkbox" id="confirm" name="confirm" value="yes" aria-describedby={confirmError ? "confirm-error" : undefined} />
          <label htmlFor="confirm">{t("confirm")}</label>
        </div>
      </div>
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
