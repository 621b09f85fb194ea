-- Support tickets escalated from community threads, their messages and SLA policies; the
-- escalation rules and the row that lets one node at a time run them.
INSERT INTO id_block (name, next_value) VALUES ('ticket', 0);
INSERT INTO id_block (name, next_value) VALUES ('ticket_message', 0);
INSERT INTO id_block (name, next_value) VALUES ('ticket_number', 1000);

CREATE TABLE ticket (
  id                 BIGINT PRIMARY KEY,
  number             BIGINT       NOT NULL,
  requester_id       BIGINT       NOT NULL REFERENCES account (id),
  requester          VARCHAR(40)  NOT NULL,
  question_id        BIGINT REFERENCES post (id),
  subject            VARCHAR(200) NOT NULL,
  priority           VARCHAR(10)  NOT NULL,
  status             VARCHAR(10)  NOT NULL,
  assignee           VARCHAR(40),
  tags               VARCHAR(300) NOT NULL DEFAULT '',
  source             VARCHAR(20)  NOT NULL,
  reason             VARCHAR(500),
  merged_into        BIGINT,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  first_response_due TIMESTAMP WITH TIME ZONE NOT NULL,
  resolution_due     TIMESTAMP WITH TIME ZONE NOT NULL,
  first_response_at  TIMESTAMP WITH TIME ZONE,
  solved_at          TIMESTAMP WITH TIME ZONE,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT ticket_number_uk UNIQUE (number)
);
CREATE INDEX ticket_queue_ix ON ticket (status, resolution_due);
CREATE INDEX ticket_requester_ix ON ticket (requester_id, created_at);

-- At most one open ticket per thread, whatever escalates it and however many at once.
CREATE TABLE open_ticket (
  question_id BIGINT PRIMARY KEY REFERENCES post (id),
  ticket_id   BIGINT NOT NULL REFERENCES ticket (id)
);

CREATE TABLE ticket_message (
  id         BIGINT PRIMARY KEY,
  ticket_id  BIGINT       NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
  author     VARCHAR(40)  NOT NULL,
  staff      BOOLEAN      NOT NULL,
  public_msg BOOLEAN      NOT NULL,
  markdown   TEXT         NOT NULL,
  html       TEXT         NOT NULL,
  answer_id  BIGINT,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ticket_message_ix ON ticket_message (ticket_id, created_at);

CREATE TABLE sla_policy (
  priority                VARCHAR(10) PRIMARY KEY,
  first_response_minutes  INTEGER NOT NULL,
  resolution_minutes      INTEGER NOT NULL,
  business_hours          BOOLEAN NOT NULL
);
INSERT INTO sla_policy VALUES ('URGENT', 60, 480, FALSE);
INSERT INTO sla_policy VALUES ('HIGH', 240, 1440, FALSE);
INSERT INTO sla_policy VALUES ('NORMAL', 480, 2880, TRUE);
INSERT INTO sla_policy VALUES ('LOW', 1440, 7200, TRUE);

CREATE TABLE escalation_rule (
  name     VARCHAR(20) PRIMARY KEY,
  enabled  BOOLEAN NOT NULL,
  hours    INTEGER NOT NULL
);
INSERT INTO escalation_rule VALUES ('NO_ANSWER', TRUE, 24);
INSERT INTO escalation_rule VALUES ('NO_ACCEPTED', TRUE, 72);
INSERT INTO escalation_rule VALUES ('NOT_HELPFUL', TRUE, 0);

-- Locked by the node running the escalation rules, so they run once per cluster.
CREATE TABLE escalation_cursor (
  id      INTEGER PRIMARY KEY,
  ran_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO escalation_cursor (id, ran_at) VALUES (1, NULL);

-- Agents' canned responses; {{requester.name}} and {{article:slug}} are filled in when used.
CREATE TABLE canned_response (
  name VARCHAR(60) PRIMARY KEY,
  body TEXT NOT NULL
);
INSERT INTO canned_response VALUES ('Refund timeline',
  'Hello {{requester.name}},\n\nthank you for your patience. Once the warehouse has processed your return, the refund takes 3 to 5 working days to reach a card. The steps are in {{article:refund-status}}.\n\nKind regards,\nthe support team');
INSERT INTO canned_response VALUES ('Need order number',
  'Hello {{requester.name}},\n\nto look into this we need your order number (it starts with a # in your confirmation email). Could you reply with it?\n\nKind regards,\nthe support team');
INSERT INTO canned_response VALUES ('Return label',
  'Hello {{requester.name}},\n\nyou can create a return label from your account in a few clicks: {{article:how-to-return}}.\n\nKind regards,\nthe support team');
INSERT INTO canned_response VALUES ('Missing parcel',
  'Hello {{requester.name}},\n\nsorry your parcel has not arrived. Please check the steps in {{article:package-not-received}}; if it still does not turn up, reply here and we will open an investigation with the carrier.\n\nKind regards,\nthe support team');
