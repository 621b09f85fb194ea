package kb.accounts;

/** What a security audit entry records. */
public enum AuditKind {
  SIGNED_IN,
  SIGN_IN_FAILED,
  SIGN_IN_DELAYED,
  DEMO_PASSWORD_REFUSED,
  REGISTERED,
  PASSWORD_CHANGED,
  PASSWORD_RESET_REQUESTED,
  PASSWORD_RESET,
  EMAIL_CONFIRMED,
  SIGNED_OUT_EVERYWHERE,
  ROLE_GRANTED,
  ROLE_REVOKED,
  ADMINISTRATOR_CREATED,
  /** An administrator changed a setting: an SLA, an escalation rule, a reputation adjustment … */
  SETTING_CHANGED
}
