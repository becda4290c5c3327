-- The audit log stays append-only, with one exception UK GDPR needs: an entry may lose information,
-- never gain or change it. An erasure may take a person's name or address out of an entry's details
-- (the old details contain the new), and deleting an account sets the entry's actor to null (the
-- foreign key's ON DELETE SET NULL). Every other change, DELETE and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION "public"."audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.id = OLD.id
     AND NEW.action = OLD.action
     AND NEW.subject_type = OLD.subject_type
     AND NEW.subject_id = OLD.subject_id
     AND NEW.created_at = OLD.created_at
     AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
     AND OLD.details @> NEW.details THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
