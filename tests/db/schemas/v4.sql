-- Rapport schema version 4: version 3 with the fingerprints of imported rows and captured messages.
-- Frozen: tests/db/test_migrations.py builds a version-4 journal from it and upgrades it.
-- (The FTS5 shadow tables are left out: CREATE VIRTUAL TABLE makes them.)
CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "role" VARCHAR(20) NOT NULL, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "user_name" ON "user" ("name");
CREATE TABLE "client" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(300) NOT NULL, "stage" VARCHAR(20) NOT NULL, "segment" VARCHAR(100) NOT NULL, "account_manager_id" INTEGER, "contract_start" DATE, "contract_end" DATE, "contract_value" REAL, "contact_every_days" INTEGER, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("account_manager_id") REFERENCES "user" ("id") ON DELETE RESTRICT);
CREATE UNIQUE INDEX "client_name" ON "client" ("name");
CREATE INDEX "client_stage" ON "client" ("stage");
CREATE INDEX "client_segment" ON "client" ("segment");
CREATE INDEX "client_account_manager_id" ON "client" ("account_manager_id");
CREATE TABLE "negotiation" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "topic" VARCHAR(300) NOT NULL, "opened_at" DATE NOT NULL, "client_position" TEXT NOT NULL, "our_position" TEXT NOT NULL, "contract_refs" TEXT NOT NULL, "spec_refs" TEXT NOT NULL, "options" TEXT NOT NULL, "status" VARCHAR(20) NOT NULL, "target_date" DATE, "outcome" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT);
CREATE INDEX "negotiation_client_id" ON "negotiation" ("client_id");
CREATE INDEX "negotiation_status" ON "negotiation" ("status");
CREATE INDEX "negotiation_client_id_opened_at" ON "negotiation" ("client_id", "opened_at");
CREATE TABLE "concession" ("id" INTEGER NOT NULL PRIMARY KEY, "negotiation_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "side" VARCHAR(10) NOT NULL, "description" TEXT NOT NULL, FOREIGN KEY ("negotiation_id") REFERENCES "negotiation" ("id") ON DELETE CASCADE);
CREATE INDEX "concession_negotiation_id" ON "concession" ("negotiation_id");
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "name" VARCHAR(200) NOT NULL, "role" VARCHAR(200) NOT NULL, "email" VARCHAR(300) NOT NULL, "phone" VARCHAR(100) NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT);
CREATE INDEX "contact_client_id" ON "contact" ("client_id");
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "contact_id" INTEGER, "author_id" INTEGER, "occurred_at" DATETIME NOT NULL, "channel" VARCHAR(20) NOT NULL, "kind" VARCHAR(20) NOT NULL, "direction" VARCHAR(10), "sentiment" INTEGER, "effort" INTEGER, "summary" TEXT NOT NULL, "notes" TEXT NOT NULL, "follow_up_due" DATE, "follow_up_done" DATE, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT);
CREATE INDEX "interaction_client_id" ON "interaction" ("client_id");
CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id");
CREATE INDEX "interaction_author_id" ON "interaction" ("author_id");
CREATE INDEX "interaction_client_id_occurred_at_sentiment_effort_kind" ON "interaction" ("client_id", "occurred_at", "sentiment", "effort", "kind");
CREATE INDEX "interaction_follow_up_due_follow_up_done" ON "interaction" ("follow_up_due", "follow_up_done");
CREATE INDEX "interaction_author_id_occurred_at" ON "interaction" ("author_id", "occurred_at");
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");
CREATE TABLE "feedback" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "interaction_id" INTEGER, "raised_at" DATETIME NOT NULL, "summary" TEXT NOT NULL, "severity" VARCHAR(20) NOT NULL, "status" VARCHAR(20) NOT NULL, "acknowledged_at" DATETIME, "resolved_at" DATETIME, "owner_id" INTEGER, "resolved_by_id" INTEGER, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL, FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("resolved_by_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE INDEX "feedback_client_id" ON "feedback" ("client_id");
CREATE INDEX "feedback_interaction_id" ON "feedback" ("interaction_id");
CREATE INDEX "feedback_status" ON "feedback" ("status");
CREATE INDEX "feedback_owner_id" ON "feedback" ("owner_id");
CREATE INDEX "feedback_resolved_by_id" ON "feedback" ("resolved_by_id");
CREATE INDEX "feedback_client_id_raised_at" ON "feedback" ("client_id", "raised_at");
CREATE TABLE "feedback_contact" ("feedback_id" INTEGER NOT NULL, "interaction_id" INTEGER NOT NULL, PRIMARY KEY ("feedback_id", "interaction_id"), FOREIGN KEY ("feedback_id") REFERENCES "feedback" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE);
CREATE INDEX "feedback_contact_feedback_id" ON "feedback_contact" ("feedback_id");
CREATE INDEX "feedback_contact_interaction_id" ON "feedback_contact" ("interaction_id");
CREATE TABLE "holiday" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "name" VARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX "holiday_day" ON "holiday" ("day");
CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, "category" VARCHAR(20) NOT NULL, "description" TEXT NOT NULL);
CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");
CREATE TABLE "interaction_tag" ("interaction_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, PRIMARY KEY ("interaction_id", "tag_id"), FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE RESTRICT);
CREATE INDEX "interaction_tag_interaction_id" ON "interaction_tag" ("interaction_id");
CREATE INDEX "interaction_tag_tag_id" ON "interaction_tag" ("tag_id");
CREATE INDEX "interaction_tag_tag_id_interaction_id" ON "interaction_tag" ("tag_id", "interaction_id");
CREATE TABLE "negotiation_action" ("id" INTEGER NOT NULL PRIMARY KEY, "negotiation_id" INTEGER NOT NULL, "description" TEXT NOT NULL, "owner_id" INTEGER, "due" DATE, "done_at" DATE, FOREIGN KEY ("negotiation_id") REFERENCES "negotiation" ("id") ON DELETE CASCADE, FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE RESTRICT);
CREATE INDEX "negotiation_action_negotiation_id" ON "negotiation_action" ("negotiation_id");
CREATE INDEX "negotiation_action_owner_id" ON "negotiation_action" ("owner_id");
CREATE INDEX "negotiation_action_due" ON "negotiation_action" ("due");
CREATE TABLE "negotiation_event" ("id" INTEGER NOT NULL PRIMARY KEY, "negotiation_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "status" VARCHAR(20) NOT NULL, "note" TEXT NOT NULL, "author_id" INTEGER, FOREIGN KEY ("negotiation_id") REFERENCES "negotiation" ("id") ON DELETE CASCADE, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "negotiation_event_negotiation_id" ON "negotiation_event" ("negotiation_id");
CREATE INDEX "negotiation_event_author_id" ON "negotiation_event" ("author_id");
CREATE TABLE "negotiation_position" ("id" INTEGER NOT NULL PRIMARY KEY, "negotiation_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "side" VARCHAR(10) NOT NULL, "text" TEXT NOT NULL, FOREIGN KEY ("negotiation_id") REFERENCES "negotiation" ("id") ON DELETE CASCADE);
CREATE INDEX "negotiation_position_negotiation_id" ON "negotiation_position" ("negotiation_id");
CREATE TABLE "negotiation_session" ("negotiation_id" INTEGER NOT NULL, "interaction_id" INTEGER NOT NULL, PRIMARY KEY ("negotiation_id", "interaction_id"), FOREIGN KEY ("negotiation_id") REFERENCES "negotiation" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE);
CREATE INDEX "negotiation_session_negotiation_id" ON "negotiation_session" ("negotiation_id");
CREATE INDEX "negotiation_session_interaction_id" ON "negotiation_session" ("interaction_id");
CREATE TABLE "playbook_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "situation" TEXT NOT NULL, "action" TEXT NOT NULL, "language" VARCHAR(5) NOT NULL, "kinds" VARCHAR(200) NOT NULL, "tags" VARCHAR(300) NOT NULL, "position" INTEGER NOT NULL);
CREATE TABLE "portrait_criterion" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "description" TEXT NOT NULL, "weight" REAL NOT NULL, "position" INTEGER NOT NULL);
CREATE TABLE "pulse" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "author_id" INTEGER, "at" DATE NOT NULL, "reading" VARCHAR(10) NOT NULL, "comment" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT);
CREATE INDEX "pulse_client_id" ON "pulse" ("client_id");
CREATE INDEX "pulse_author_id" ON "pulse" ("author_id");
CREATE INDEX "pulse_client_id_at" ON "pulse" ("client_id", "at");
CREATE TABLE "qualification" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "decided_by_id" INTEGER, "decided_at" DATETIME NOT NULL, "decision" VARCHAR(20) NOT NULL, "reason" TEXT NOT NULL, "score" REAL, "criteria_met" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("decided_by_id") REFERENCES "user" ("id") ON DELETE RESTRICT);
CREATE INDEX "qualification_client_id" ON "qualification" ("client_id");
CREATE INDEX "qualification_decided_by_id" ON "qualification" ("decided_by_id");
CREATE TABLE "setting" ("key" VARCHAR(100) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "stage_change" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "from_stage" VARCHAR(20), "to_stage" VARCHAR(20) NOT NULL, "author_id" INTEGER, "note" TEXT NOT NULL, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE CASCADE, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "stage_change_client_id" ON "stage_change" ("client_id");
CREATE INDEX "stage_change_author_id" ON "stage_change" ("author_id");
CREATE VIRTUAL TABLE "interaction_fts" USING fts5 ("summary", "notes", content=interaction, content_rowid=id, tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER interaction_fts_after_insert AFTER INSERT ON interaction BEGIN
        INSERT INTO interaction_fts(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END;
CREATE TRIGGER interaction_fts_after_delete AFTER DELETE ON interaction BEGIN
        INSERT INTO interaction_fts(interaction_fts, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
    END;
CREATE TRIGGER interaction_fts_after_update
        AFTER UPDATE OF id, summary, notes ON interaction BEGIN
        INSERT INTO interaction_fts(interaction_fts, rowid, summary, notes)
        VALUES ('delete', old.id, old.summary, old.notes);
        INSERT INTO interaction_fts(rowid, summary, notes) VALUES (new.id, new.summary, new.notes);
    END;
CREATE TABLE "import_fingerprint" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(200) NOT NULL, "interaction_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE INDEX "import_fingerprint_interaction_id" ON "import_fingerprint" ("interaction_id");
CREATE UNIQUE INDEX "import_fingerprint_key" ON "import_fingerprint" ("key");
PRAGMA user_version = 4;
