-- Rapport schema version 10: version 8 (9 is another branch's) with the follow-up's channel, "no reply needed"
-- and the routed reply on interactions, and who acknowledged a feedback item (app.hear.replies).
-- Frozen: tests/db/test_migrations.py builds a version-10 journal from it and upgrades it.
-- (The FTS5 shadow tables are left out: CREATE VIRTUAL TABLE makes them.)
CREATE TABLE "audit_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "login" VARCHAR(200) NOT NULL, "table_name" VARCHAR(60) NOT NULL, "row_id" VARCHAR(100) NOT NULL, "client_id" INTEGER, "action" VARCHAR(10) NOT NULL, "before" TEXT, "after" TEXT);
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
CREATE INDEX "audit_entry_user_id" ON "audit_entry" ("user_id");
CREATE INDEX "audit_entry_client_id" ON "audit_entry" ("client_id");
CREATE INDEX "audit_entry_table_name_row_id" ON "audit_entry" ("table_name", "row_id");
CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(200) NOT NULL, "role" VARCHAR(20) NOT NULL, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "login" VARCHAR(200));
CREATE UNIQUE INDEX "user_name" ON "user" ("name");
CREATE UNIQUE INDEX "user_login" ON "user" ("login");
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
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "contact_id" INTEGER, "author_id" INTEGER, "occurred_at" DATETIME NOT NULL, "channel" VARCHAR(20) NOT NULL, "kind" VARCHAR(20) NOT NULL, "direction" VARCHAR(10), "sentiment" INTEGER, "effort" INTEGER, "summary" TEXT NOT NULL, "notes" TEXT NOT NULL, "follow_up_due" DATE, "follow_up_done" DATE, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "follow_up_channel" VARCHAR(20), "no_reply_needed" INTEGER NOT NULL DEFAULT FALSE, "reply_assignee_id" INTEGER, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL, FOREIGN KEY ("author_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("reply_assignee_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "interaction_client_id" ON "interaction" ("client_id");
CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id");
CREATE INDEX "interaction_author_id" ON "interaction" ("author_id");
CREATE INDEX "interaction_reply_assignee_id" ON "interaction" ("reply_assignee_id");
CREATE INDEX "interaction_client_id_occurred_at_sentiment_effort_kind" ON "interaction" ("client_id", "occurred_at", "sentiment", "effort", "kind");
CREATE INDEX "interaction_follow_up_due_follow_up_done" ON "interaction" ("follow_up_due", "follow_up_done");
CREATE INDEX "interaction_author_id_occurred_at" ON "interaction" ("author_id", "occurred_at");
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");
CREATE TABLE "feedback" ("id" INTEGER NOT NULL PRIMARY KEY, "client_id" INTEGER NOT NULL, "interaction_id" INTEGER, "raised_at" DATETIME NOT NULL, "summary" TEXT NOT NULL, "severity" VARCHAR(20) NOT NULL, "status" VARCHAR(20) NOT NULL, "acknowledged_at" DATETIME, "resolved_at" DATETIME, "owner_id" INTEGER, "resolved_by_id" INTEGER, "acknowledged_by_id" INTEGER, FOREIGN KEY ("client_id") REFERENCES "client" ("id") ON DELETE RESTRICT, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL, FOREIGN KEY ("owner_id") REFERENCES "user" ("id") ON DELETE RESTRICT, FOREIGN KEY ("resolved_by_id") REFERENCES "interaction" ("id") ON DELETE SET NULL, FOREIGN KEY ("acknowledged_by_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "feedback_client_id" ON "feedback" ("client_id");
CREATE INDEX "feedback_interaction_id" ON "feedback" ("interaction_id");
CREATE INDEX "feedback_status" ON "feedback" ("status");
CREATE INDEX "feedback_owner_id" ON "feedback" ("owner_id");
CREATE INDEX "feedback_resolved_by_id" ON "feedback" ("resolved_by_id");
CREATE INDEX "feedback_acknowledged_by_id" ON "feedback" ("acknowledged_by_id");
CREATE INDEX "feedback_client_id_raised_at" ON "feedback" ("client_id", "raised_at");
CREATE TABLE "feedback_contact" ("feedback_id" INTEGER NOT NULL, "interaction_id" INTEGER NOT NULL, PRIMARY KEY ("feedback_id", "interaction_id"), FOREIGN KEY ("feedback_id") REFERENCES "feedback" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE CASCADE);
CREATE INDEX "feedback_contact_feedback_id" ON "feedback_contact" ("feedback_id");
CREATE INDEX "feedback_contact_interaction_id" ON "feedback_contact" ("interaction_id");
CREATE TABLE "holiday" ("id" INTEGER NOT NULL PRIMARY KEY, "day" DATE NOT NULL, "name" VARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX "holiday_day" ON "holiday" ("day");
CREATE TABLE "import_fingerprint" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(200) NOT NULL, "interaction_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE UNIQUE INDEX "import_fingerprint_key" ON "import_fingerprint" ("key");
CREATE INDEX "import_fingerprint_interaction_id" ON "import_fingerprint" ("interaction_id");
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
CREATE VIRTUAL TABLE "interaction_words" USING fts5 ("summary", "notes", "summary_forms", "notes_forms", tokenize="unicode61 remove_diacritics 0");
CREATE TRIGGER interaction_words_after_insert AFTER INSERT ON interaction BEGIN
        INSERT INTO interaction_words(rowid, summary, notes, summary_forms, notes_forms) VALUES (new.id, rapport_lemmas(new.summary), rapport_lemmas(new.notes), rapport_forms(new.summary), rapport_forms(new.notes));
    END;
CREATE TRIGGER interaction_words_after_delete AFTER DELETE ON interaction BEGIN
        DELETE FROM interaction_words WHERE rowid = old.id;
    END;
CREATE TRIGGER interaction_words_after_update
        AFTER UPDATE OF id, summary, notes ON interaction BEGIN
        DELETE FROM interaction_words WHERE rowid = old.id;
        INSERT INTO interaction_words(rowid, summary, notes, summary_forms, notes_forms) VALUES (new.id, rapport_lemmas(new.summary), rapport_lemmas(new.notes), rapport_forms(new.summary), rapport_forms(new.notes));
    END;
CREATE TRIGGER audit_user_create AFTER INSERT ON "user"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'user', NEW.id,
                        NULL, 'create', NULL, json_object('id', NEW."id", 'name', NEW."name", 'role', NEW."role", 'active', NEW."active", 'created_at', NEW."created_at", 'login', NEW."login"));
            END;
CREATE TRIGGER audit_user_edit AFTER UPDATE ON "user" WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."role" IS NOT NEW."role" OR OLD."active" IS NOT NEW."active" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."login" IS NOT NEW."login" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'user', NEW.id,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'role' AS k, OLD."role" AS v WHERE OLD."role" IS NOT NEW."role" UNION ALL SELECT 'active' AS k, OLD."active" AS v WHERE OLD."active" IS NOT NEW."active" UNION ALL SELECT 'created_at' AS k, OLD."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'login' AS k, OLD."login" AS v WHERE OLD."login" IS NOT NEW."login")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'role' AS k, NEW."role" AS v WHERE OLD."role" IS NOT NEW."role" UNION ALL SELECT 'active' AS k, NEW."active" AS v WHERE OLD."active" IS NOT NEW."active" UNION ALL SELECT 'created_at' AS k, NEW."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'login' AS k, NEW."login" AS v WHERE OLD."login" IS NOT NEW."login")));
            END;
CREATE TRIGGER audit_user_delete AFTER DELETE ON "user"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'user', OLD.id,
                        NULL, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'role', OLD."role", 'active', OLD."active", 'created_at', OLD."created_at", 'login', OLD."login"), NULL);
            END;
CREATE TRIGGER audit_client_create AFTER INSERT ON "client"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'client', NEW.id,
                        NEW.id, 'create', NULL, json_object('id', NEW."id", 'name', NEW."name", 'stage', NEW."stage", 'segment', NEW."segment", 'account_manager_id', NEW."account_manager_id", 'contract_start', NEW."contract_start", 'contract_end', NEW."contract_end", 'contract_value', NEW."contract_value", 'contact_every_days', NEW."contact_every_days", 'notes', NEW."notes", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at"));
            END;
CREATE TRIGGER audit_client_edit AFTER UPDATE ON "client" WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."stage" IS NOT NEW."stage" OR OLD."segment" IS NOT NEW."segment" OR OLD."account_manager_id" IS NOT NEW."account_manager_id" OR OLD."contract_start" IS NOT NEW."contract_start" OR OLD."contract_end" IS NOT NEW."contract_end" OR OLD."contract_value" IS NOT NEW."contract_value" OR OLD."contact_every_days" IS NOT NEW."contact_every_days" OR OLD."notes" IS NOT NEW."notes" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."updated_at" IS NOT NEW."updated_at" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'client', NEW.id,
                        NEW.id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'stage' AS k, OLD."stage" AS v WHERE OLD."stage" IS NOT NEW."stage" UNION ALL SELECT 'segment' AS k, OLD."segment" AS v WHERE OLD."segment" IS NOT NEW."segment" UNION ALL SELECT 'account_manager_id' AS k, OLD."account_manager_id" AS v WHERE OLD."account_manager_id" IS NOT NEW."account_manager_id" UNION ALL SELECT 'contract_start' AS k, OLD."contract_start" AS v WHERE OLD."contract_start" IS NOT NEW."contract_start" UNION ALL SELECT 'contract_end' AS k, OLD."contract_end" AS v WHERE OLD."contract_end" IS NOT NEW."contract_end" UNION ALL SELECT 'contract_value' AS k, OLD."contract_value" AS v WHERE OLD."contract_value" IS NOT NEW."contract_value" UNION ALL SELECT 'contact_every_days' AS k, OLD."contact_every_days" AS v WHERE OLD."contact_every_days" IS NOT NEW."contact_every_days" UNION ALL SELECT 'notes' AS k, OLD."notes" AS v WHERE OLD."notes" IS NOT NEW."notes" UNION ALL SELECT 'created_at' AS k, OLD."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'updated_at' AS k, OLD."updated_at" AS v WHERE OLD."updated_at" IS NOT NEW."updated_at")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'stage' AS k, NEW."stage" AS v WHERE OLD."stage" IS NOT NEW."stage" UNION ALL SELECT 'segment' AS k, NEW."segment" AS v WHERE OLD."segment" IS NOT NEW."segment" UNION ALL SELECT 'account_manager_id' AS k, NEW."account_manager_id" AS v WHERE OLD."account_manager_id" IS NOT NEW."account_manager_id" UNION ALL SELECT 'contract_start' AS k, NEW."contract_start" AS v WHERE OLD."contract_start" IS NOT NEW."contract_start" UNION ALL SELECT 'contract_end' AS k, NEW."contract_end" AS v WHERE OLD."contract_end" IS NOT NEW."contract_end" UNION ALL SELECT 'contract_value' AS k, NEW."contract_value" AS v WHERE OLD."contract_value" IS NOT NEW."contract_value" UNION ALL SELECT 'contact_every_days' AS k, NEW."contact_every_days" AS v WHERE OLD."contact_every_days" IS NOT NEW."contact_every_days" UNION ALL SELECT 'notes' AS k, NEW."notes" AS v WHERE OLD."notes" IS NOT NEW."notes" UNION ALL SELECT 'created_at' AS k, NEW."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'updated_at' AS k, NEW."updated_at" AS v WHERE OLD."updated_at" IS NOT NEW."updated_at")));
            END;
CREATE TRIGGER audit_client_delete AFTER DELETE ON "client"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'client', OLD.id,
                        OLD.id, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'stage', OLD."stage", 'segment', OLD."segment", 'account_manager_id', OLD."account_manager_id", 'contract_start', OLD."contract_start", 'contract_end', OLD."contract_end", 'contract_value', OLD."contract_value", 'contact_every_days', OLD."contact_every_days", 'notes', OLD."notes", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at"), NULL);
            END;
CREATE TRIGGER audit_contact_create AFTER INSERT ON "contact"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'contact', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'name', NEW."name", 'role', NEW."role", 'email', NEW."email", 'phone', NEW."phone", 'notes', NEW."notes"));
            END;
CREATE TRIGGER audit_contact_edit AFTER UPDATE ON "contact" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."name" IS NOT NEW."name" OR OLD."role" IS NOT NEW."role" OR OLD."email" IS NOT NEW."email" OR OLD."phone" IS NOT NEW."phone" OR OLD."notes" IS NOT NEW."notes" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'contact', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'role' AS k, OLD."role" AS v WHERE OLD."role" IS NOT NEW."role" UNION ALL SELECT 'email' AS k, OLD."email" AS v WHERE OLD."email" IS NOT NEW."email" UNION ALL SELECT 'phone' AS k, OLD."phone" AS v WHERE OLD."phone" IS NOT NEW."phone" UNION ALL SELECT 'notes' AS k, OLD."notes" AS v WHERE OLD."notes" IS NOT NEW."notes")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'role' AS k, NEW."role" AS v WHERE OLD."role" IS NOT NEW."role" UNION ALL SELECT 'email' AS k, NEW."email" AS v WHERE OLD."email" IS NOT NEW."email" UNION ALL SELECT 'phone' AS k, NEW."phone" AS v WHERE OLD."phone" IS NOT NEW."phone" UNION ALL SELECT 'notes' AS k, NEW."notes" AS v WHERE OLD."notes" IS NOT NEW."notes")));
            END;
CREATE TRIGGER audit_contact_delete AFTER DELETE ON "contact"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'contact', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'name', OLD."name", 'role', OLD."role", 'email', OLD."email", 'phone', OLD."phone", 'notes', OLD."notes"), NULL);
            END;
CREATE TRIGGER audit_interaction_create AFTER INSERT ON "interaction"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'contact_id', NEW."contact_id", 'author_id', NEW."author_id", 'occurred_at', NEW."occurred_at", 'channel', NEW."channel", 'kind', NEW."kind", 'direction', NEW."direction", 'sentiment', NEW."sentiment", 'effort', NEW."effort", 'summary', NEW."summary", 'notes', NEW."notes", 'follow_up_due', NEW."follow_up_due", 'follow_up_done', NEW."follow_up_done", 'created_at', NEW."created_at", 'updated_at', NEW."updated_at", 'follow_up_channel', NEW."follow_up_channel", 'no_reply_needed', NEW."no_reply_needed", 'reply_assignee_id', NEW."reply_assignee_id"));
            END;
CREATE TRIGGER audit_interaction_edit AFTER UPDATE ON "interaction" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."contact_id" IS NOT NEW."contact_id" OR OLD."author_id" IS NOT NEW."author_id" OR OLD."occurred_at" IS NOT NEW."occurred_at" OR OLD."channel" IS NOT NEW."channel" OR OLD."kind" IS NOT NEW."kind" OR OLD."direction" IS NOT NEW."direction" OR OLD."sentiment" IS NOT NEW."sentiment" OR OLD."effort" IS NOT NEW."effort" OR OLD."summary" IS NOT NEW."summary" OR OLD."notes" IS NOT NEW."notes" OR OLD."follow_up_due" IS NOT NEW."follow_up_due" OR OLD."follow_up_done" IS NOT NEW."follow_up_done" OR OLD."created_at" IS NOT NEW."created_at" OR OLD."updated_at" IS NOT NEW."updated_at" OR OLD."follow_up_channel" IS NOT NEW."follow_up_channel" OR OLD."no_reply_needed" IS NOT NEW."no_reply_needed" OR OLD."reply_assignee_id" IS NOT NEW."reply_assignee_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'contact_id' AS k, OLD."contact_id" AS v WHERE OLD."contact_id" IS NOT NEW."contact_id" UNION ALL SELECT 'author_id' AS k, OLD."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'occurred_at' AS k, OLD."occurred_at" AS v WHERE OLD."occurred_at" IS NOT NEW."occurred_at" UNION ALL SELECT 'channel' AS k, OLD."channel" AS v WHERE OLD."channel" IS NOT NEW."channel" UNION ALL SELECT 'kind' AS k, OLD."kind" AS v WHERE OLD."kind" IS NOT NEW."kind" UNION ALL SELECT 'direction' AS k, OLD."direction" AS v WHERE OLD."direction" IS NOT NEW."direction" UNION ALL SELECT 'sentiment' AS k, OLD."sentiment" AS v WHERE OLD."sentiment" IS NOT NEW."sentiment" UNION ALL SELECT 'effort' AS k, OLD."effort" AS v WHERE OLD."effort" IS NOT NEW."effort" UNION ALL SELECT 'summary' AS k, OLD."summary" AS v WHERE OLD."summary" IS NOT NEW."summary" UNION ALL SELECT 'notes' AS k, OLD."notes" AS v WHERE OLD."notes" IS NOT NEW."notes" UNION ALL SELECT 'follow_up_due' AS k, OLD."follow_up_due" AS v WHERE OLD."follow_up_due" IS NOT NEW."follow_up_due" UNION ALL SELECT 'follow_up_done' AS k, OLD."follow_up_done" AS v WHERE OLD."follow_up_done" IS NOT NEW."follow_up_done" UNION ALL SELECT 'created_at' AS k, OLD."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'updated_at' AS k, OLD."updated_at" AS v WHERE OLD."updated_at" IS NOT NEW."updated_at" UNION ALL SELECT 'follow_up_channel' AS k, OLD."follow_up_channel" AS v WHERE OLD."follow_up_channel" IS NOT NEW."follow_up_channel" UNION ALL SELECT 'no_reply_needed' AS k, OLD."no_reply_needed" AS v WHERE OLD."no_reply_needed" IS NOT NEW."no_reply_needed" UNION ALL SELECT 'reply_assignee_id' AS k, OLD."reply_assignee_id" AS v WHERE OLD."reply_assignee_id" IS NOT NEW."reply_assignee_id")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'contact_id' AS k, NEW."contact_id" AS v WHERE OLD."contact_id" IS NOT NEW."contact_id" UNION ALL SELECT 'author_id' AS k, NEW."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'occurred_at' AS k, NEW."occurred_at" AS v WHERE OLD."occurred_at" IS NOT NEW."occurred_at" UNION ALL SELECT 'channel' AS k, NEW."channel" AS v WHERE OLD."channel" IS NOT NEW."channel" UNION ALL SELECT 'kind' AS k, NEW."kind" AS v WHERE OLD."kind" IS NOT NEW."kind" UNION ALL SELECT 'direction' AS k, NEW."direction" AS v WHERE OLD."direction" IS NOT NEW."direction" UNION ALL SELECT 'sentiment' AS k, NEW."sentiment" AS v WHERE OLD."sentiment" IS NOT NEW."sentiment" UNION ALL SELECT 'effort' AS k, NEW."effort" AS v WHERE OLD."effort" IS NOT NEW."effort" UNION ALL SELECT 'summary' AS k, NEW."summary" AS v WHERE OLD."summary" IS NOT NEW."summary" UNION ALL SELECT 'notes' AS k, NEW."notes" AS v WHERE OLD."notes" IS NOT NEW."notes" UNION ALL SELECT 'follow_up_due' AS k, NEW."follow_up_due" AS v WHERE OLD."follow_up_due" IS NOT NEW."follow_up_due" UNION ALL SELECT 'follow_up_done' AS k, NEW."follow_up_done" AS v WHERE OLD."follow_up_done" IS NOT NEW."follow_up_done" UNION ALL SELECT 'created_at' AS k, NEW."created_at" AS v WHERE OLD."created_at" IS NOT NEW."created_at" UNION ALL SELECT 'updated_at' AS k, NEW."updated_at" AS v WHERE OLD."updated_at" IS NOT NEW."updated_at" UNION ALL SELECT 'follow_up_channel' AS k, NEW."follow_up_channel" AS v WHERE OLD."follow_up_channel" IS NOT NEW."follow_up_channel" UNION ALL SELECT 'no_reply_needed' AS k, NEW."no_reply_needed" AS v WHERE OLD."no_reply_needed" IS NOT NEW."no_reply_needed" UNION ALL SELECT 'reply_assignee_id' AS k, NEW."reply_assignee_id" AS v WHERE OLD."reply_assignee_id" IS NOT NEW."reply_assignee_id")));
            END;
CREATE TRIGGER audit_interaction_delete AFTER DELETE ON "interaction"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'contact_id', OLD."contact_id", 'author_id', OLD."author_id", 'occurred_at', OLD."occurred_at", 'channel', OLD."channel", 'kind', OLD."kind", 'direction', OLD."direction", 'sentiment', OLD."sentiment", 'effort', OLD."effort", 'summary', OLD."summary", 'notes', OLD."notes", 'follow_up_due', OLD."follow_up_due", 'follow_up_done', OLD."follow_up_done", 'created_at', OLD."created_at", 'updated_at', OLD."updated_at", 'follow_up_channel', OLD."follow_up_channel", 'no_reply_needed', OLD."no_reply_needed", 'reply_assignee_id', OLD."reply_assignee_id"), NULL);
            END;
CREATE TRIGGER audit_tag_create AFTER INSERT ON "tag"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'tag', NEW.id,
                        NULL, 'create', NULL, json_object('id', NEW."id", 'name', NEW."name", 'category', NEW."category", 'description', NEW."description"));
            END;
CREATE TRIGGER audit_tag_edit AFTER UPDATE ON "tag" WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."category" IS NOT NEW."category" OR OLD."description" IS NOT NEW."description" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'tag', NEW.id,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'category' AS k, OLD."category" AS v WHERE OLD."category" IS NOT NEW."category" UNION ALL SELECT 'description' AS k, OLD."description" AS v WHERE OLD."description" IS NOT NEW."description")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'category' AS k, NEW."category" AS v WHERE OLD."category" IS NOT NEW."category" UNION ALL SELECT 'description' AS k, NEW."description" AS v WHERE OLD."description" IS NOT NEW."description")));
            END;
CREATE TRIGGER audit_tag_delete AFTER DELETE ON "tag"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'tag', OLD.id,
                        NULL, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'category', OLD."category", 'description', OLD."description"), NULL);
            END;
CREATE TRIGGER audit_interaction_tag_create AFTER INSERT ON "interaction_tag"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction_tag', NEW.interaction_id || ':' || NEW.tag_id,
                        (SELECT client_id FROM interaction WHERE id = NEW.interaction_id), 'create', NULL, json_object('interaction_id', NEW."interaction_id", 'tag_id', NEW."tag_id"));
            END;
CREATE TRIGGER audit_interaction_tag_edit AFTER UPDATE ON "interaction_tag" WHEN OLD."interaction_id" IS NOT NEW."interaction_id" OR OLD."tag_id" IS NOT NEW."tag_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction_tag', NEW.interaction_id || ':' || NEW.tag_id,
                        (SELECT client_id FROM interaction WHERE id = NEW.interaction_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'interaction_id' AS k, OLD."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id" UNION ALL SELECT 'tag_id' AS k, OLD."tag_id" AS v WHERE OLD."tag_id" IS NOT NEW."tag_id")), (SELECT json_group_object(k, v) FROM (SELECT 'interaction_id' AS k, NEW."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id" UNION ALL SELECT 'tag_id' AS k, NEW."tag_id" AS v WHERE OLD."tag_id" IS NOT NEW."tag_id")));
            END;
CREATE TRIGGER audit_interaction_tag_delete AFTER DELETE ON "interaction_tag"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'interaction_tag', OLD.interaction_id || ':' || OLD.tag_id,
                        (SELECT client_id FROM interaction WHERE id = OLD.interaction_id), 'delete', json_object('interaction_id', OLD."interaction_id", 'tag_id', OLD."tag_id"), NULL);
            END;
CREATE TRIGGER audit_feedback_create AFTER INSERT ON "feedback"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'interaction_id', NEW."interaction_id", 'raised_at', NEW."raised_at", 'summary', NEW."summary", 'severity', NEW."severity", 'status', NEW."status", 'acknowledged_at', NEW."acknowledged_at", 'resolved_at', NEW."resolved_at", 'owner_id', NEW."owner_id", 'resolved_by_id', NEW."resolved_by_id", 'acknowledged_by_id', NEW."acknowledged_by_id"));
            END;
CREATE TRIGGER audit_feedback_edit AFTER UPDATE ON "feedback" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."interaction_id" IS NOT NEW."interaction_id" OR OLD."raised_at" IS NOT NEW."raised_at" OR OLD."summary" IS NOT NEW."summary" OR OLD."severity" IS NOT NEW."severity" OR OLD."status" IS NOT NEW."status" OR OLD."acknowledged_at" IS NOT NEW."acknowledged_at" OR OLD."resolved_at" IS NOT NEW."resolved_at" OR OLD."owner_id" IS NOT NEW."owner_id" OR OLD."resolved_by_id" IS NOT NEW."resolved_by_id" OR OLD."acknowledged_by_id" IS NOT NEW."acknowledged_by_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'interaction_id' AS k, OLD."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id" UNION ALL SELECT 'raised_at' AS k, OLD."raised_at" AS v WHERE OLD."raised_at" IS NOT NEW."raised_at" UNION ALL SELECT 'summary' AS k, OLD."summary" AS v WHERE OLD."summary" IS NOT NEW."summary" UNION ALL SELECT 'severity' AS k, OLD."severity" AS v WHERE OLD."severity" IS NOT NEW."severity" UNION ALL SELECT 'status' AS k, OLD."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'acknowledged_at' AS k, OLD."acknowledged_at" AS v WHERE OLD."acknowledged_at" IS NOT NEW."acknowledged_at" UNION ALL SELECT 'resolved_at' AS k, OLD."resolved_at" AS v WHERE OLD."resolved_at" IS NOT NEW."resolved_at" UNION ALL SELECT 'owner_id' AS k, OLD."owner_id" AS v WHERE OLD."owner_id" IS NOT NEW."owner_id" UNION ALL SELECT 'resolved_by_id' AS k, OLD."resolved_by_id" AS v WHERE OLD."resolved_by_id" IS NOT NEW."resolved_by_id" UNION ALL SELECT 'acknowledged_by_id' AS k, OLD."acknowledged_by_id" AS v WHERE OLD."acknowledged_by_id" IS NOT NEW."acknowledged_by_id")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'interaction_id' AS k, NEW."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id" UNION ALL SELECT 'raised_at' AS k, NEW."raised_at" AS v WHERE OLD."raised_at" IS NOT NEW."raised_at" UNION ALL SELECT 'summary' AS k, NEW."summary" AS v WHERE OLD."summary" IS NOT NEW."summary" UNION ALL SELECT 'severity' AS k, NEW."severity" AS v WHERE OLD."severity" IS NOT NEW."severity" UNION ALL SELECT 'status' AS k, NEW."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'acknowledged_at' AS k, NEW."acknowledged_at" AS v WHERE OLD."acknowledged_at" IS NOT NEW."acknowledged_at" UNION ALL SELECT 'resolved_at' AS k, NEW."resolved_at" AS v WHERE OLD."resolved_at" IS NOT NEW."resolved_at" UNION ALL SELECT 'owner_id' AS k, NEW."owner_id" AS v WHERE OLD."owner_id" IS NOT NEW."owner_id" UNION ALL SELECT 'resolved_by_id' AS k, NEW."resolved_by_id" AS v WHERE OLD."resolved_by_id" IS NOT NEW."resolved_by_id" UNION ALL SELECT 'acknowledged_by_id' AS k, NEW."acknowledged_by_id" AS v WHERE OLD."acknowledged_by_id" IS NOT NEW."acknowledged_by_id")));
            END;
CREATE TRIGGER audit_feedback_delete AFTER DELETE ON "feedback"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'interaction_id', OLD."interaction_id", 'raised_at', OLD."raised_at", 'summary', OLD."summary", 'severity', OLD."severity", 'status', OLD."status", 'acknowledged_at', OLD."acknowledged_at", 'resolved_at', OLD."resolved_at", 'owner_id', OLD."owner_id", 'resolved_by_id', OLD."resolved_by_id", 'acknowledged_by_id', OLD."acknowledged_by_id"), NULL);
            END;
CREATE TRIGGER audit_feedback_contact_create AFTER INSERT ON "feedback_contact"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback_contact', NEW.feedback_id || ':' || NEW.interaction_id,
                        (SELECT client_id FROM feedback WHERE id = NEW.feedback_id), 'create', NULL, json_object('feedback_id', NEW."feedback_id", 'interaction_id', NEW."interaction_id"));
            END;
CREATE TRIGGER audit_feedback_contact_edit AFTER UPDATE ON "feedback_contact" WHEN OLD."feedback_id" IS NOT NEW."feedback_id" OR OLD."interaction_id" IS NOT NEW."interaction_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback_contact', NEW.feedback_id || ':' || NEW.interaction_id,
                        (SELECT client_id FROM feedback WHERE id = NEW.feedback_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'feedback_id' AS k, OLD."feedback_id" AS v WHERE OLD."feedback_id" IS NOT NEW."feedback_id" UNION ALL SELECT 'interaction_id' AS k, OLD."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id")), (SELECT json_group_object(k, v) FROM (SELECT 'feedback_id' AS k, NEW."feedback_id" AS v WHERE OLD."feedback_id" IS NOT NEW."feedback_id" UNION ALL SELECT 'interaction_id' AS k, NEW."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id")));
            END;
CREATE TRIGGER audit_feedback_contact_delete AFTER DELETE ON "feedback_contact"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'feedback_contact', OLD.feedback_id || ':' || OLD.interaction_id,
                        (SELECT client_id FROM feedback WHERE id = OLD.feedback_id), 'delete', json_object('feedback_id', OLD."feedback_id", 'interaction_id', OLD."interaction_id"), NULL);
            END;
CREATE TRIGGER audit_negotiation_create AFTER INSERT ON "negotiation"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'topic', NEW."topic", 'opened_at', NEW."opened_at", 'client_position', NEW."client_position", 'our_position', NEW."our_position", 'contract_refs', NEW."contract_refs", 'spec_refs', NEW."spec_refs", 'options', NEW."options", 'status', NEW."status", 'target_date', NEW."target_date", 'outcome', NEW."outcome"));
            END;
CREATE TRIGGER audit_negotiation_edit AFTER UPDATE ON "negotiation" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."topic" IS NOT NEW."topic" OR OLD."opened_at" IS NOT NEW."opened_at" OR OLD."client_position" IS NOT NEW."client_position" OR OLD."our_position" IS NOT NEW."our_position" OR OLD."contract_refs" IS NOT NEW."contract_refs" OR OLD."spec_refs" IS NOT NEW."spec_refs" OR OLD."options" IS NOT NEW."options" OR OLD."status" IS NOT NEW."status" OR OLD."target_date" IS NOT NEW."target_date" OR OLD."outcome" IS NOT NEW."outcome" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'topic' AS k, OLD."topic" AS v WHERE OLD."topic" IS NOT NEW."topic" UNION ALL SELECT 'opened_at' AS k, OLD."opened_at" AS v WHERE OLD."opened_at" IS NOT NEW."opened_at" UNION ALL SELECT 'client_position' AS k, OLD."client_position" AS v WHERE OLD."client_position" IS NOT NEW."client_position" UNION ALL SELECT 'our_position' AS k, OLD."our_position" AS v WHERE OLD."our_position" IS NOT NEW."our_position" UNION ALL SELECT 'contract_refs' AS k, OLD."contract_refs" AS v WHERE OLD."contract_refs" IS NOT NEW."contract_refs" UNION ALL SELECT 'spec_refs' AS k, OLD."spec_refs" AS v WHERE OLD."spec_refs" IS NOT NEW."spec_refs" UNION ALL SELECT 'options' AS k, OLD."options" AS v WHERE OLD."options" IS NOT NEW."options" UNION ALL SELECT 'status' AS k, OLD."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'target_date' AS k, OLD."target_date" AS v WHERE OLD."target_date" IS NOT NEW."target_date" UNION ALL SELECT 'outcome' AS k, OLD."outcome" AS v WHERE OLD."outcome" IS NOT NEW."outcome")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'topic' AS k, NEW."topic" AS v WHERE OLD."topic" IS NOT NEW."topic" UNION ALL SELECT 'opened_at' AS k, NEW."opened_at" AS v WHERE OLD."opened_at" IS NOT NEW."opened_at" UNION ALL SELECT 'client_position' AS k, NEW."client_position" AS v WHERE OLD."client_position" IS NOT NEW."client_position" UNION ALL SELECT 'our_position' AS k, NEW."our_position" AS v WHERE OLD."our_position" IS NOT NEW."our_position" UNION ALL SELECT 'contract_refs' AS k, NEW."contract_refs" AS v WHERE OLD."contract_refs" IS NOT NEW."contract_refs" UNION ALL SELECT 'spec_refs' AS k, NEW."spec_refs" AS v WHERE OLD."spec_refs" IS NOT NEW."spec_refs" UNION ALL SELECT 'options' AS k, NEW."options" AS v WHERE OLD."options" IS NOT NEW."options" UNION ALL SELECT 'status' AS k, NEW."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'target_date' AS k, NEW."target_date" AS v WHERE OLD."target_date" IS NOT NEW."target_date" UNION ALL SELECT 'outcome' AS k, NEW."outcome" AS v WHERE OLD."outcome" IS NOT NEW."outcome")));
            END;
CREATE TRIGGER audit_negotiation_delete AFTER DELETE ON "negotiation"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'topic', OLD."topic", 'opened_at', OLD."opened_at", 'client_position', OLD."client_position", 'our_position', OLD."our_position", 'contract_refs', OLD."contract_refs", 'spec_refs', OLD."spec_refs", 'options', OLD."options", 'status', OLD."status", 'target_date', OLD."target_date", 'outcome', OLD."outcome"), NULL);
            END;
CREATE TRIGGER audit_negotiation_event_create AFTER INSERT ON "negotiation_event"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_event', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'create', NULL, json_object('id', NEW."id", 'negotiation_id', NEW."negotiation_id", 'at', NEW."at", 'status', NEW."status", 'note', NEW."note", 'author_id', NEW."author_id"));
            END;
CREATE TRIGGER audit_negotiation_event_edit AFTER UPDATE ON "negotiation_event" WHEN OLD."id" IS NOT NEW."id" OR OLD."negotiation_id" IS NOT NEW."negotiation_id" OR OLD."at" IS NOT NEW."at" OR OLD."status" IS NOT NEW."status" OR OLD."note" IS NOT NEW."note" OR OLD."author_id" IS NOT NEW."author_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_event', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, OLD."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, OLD."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'status' AS k, OLD."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'note' AS k, OLD."note" AS v WHERE OLD."note" IS NOT NEW."note" UNION ALL SELECT 'author_id' AS k, OLD."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, NEW."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, NEW."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'status' AS k, NEW."status" AS v WHERE OLD."status" IS NOT NEW."status" UNION ALL SELECT 'note' AS k, NEW."note" AS v WHERE OLD."note" IS NOT NEW."note" UNION ALL SELECT 'author_id' AS k, NEW."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id")));
            END;
CREATE TRIGGER audit_negotiation_event_delete AFTER DELETE ON "negotiation_event"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_event', OLD.id,
                        (SELECT client_id FROM negotiation WHERE id = OLD.negotiation_id), 'delete', json_object('id', OLD."id", 'negotiation_id', OLD."negotiation_id", 'at', OLD."at", 'status', OLD."status", 'note', OLD."note", 'author_id', OLD."author_id"), NULL);
            END;
CREATE TRIGGER audit_negotiation_position_create AFTER INSERT ON "negotiation_position"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_position', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'create', NULL, json_object('id', NEW."id", 'negotiation_id', NEW."negotiation_id", 'at', NEW."at", 'side', NEW."side", 'text', NEW."text"));
            END;
CREATE TRIGGER audit_negotiation_position_edit AFTER UPDATE ON "negotiation_position" WHEN OLD."id" IS NOT NEW."id" OR OLD."negotiation_id" IS NOT NEW."negotiation_id" OR OLD."at" IS NOT NEW."at" OR OLD."side" IS NOT NEW."side" OR OLD."text" IS NOT NEW."text" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_position', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, OLD."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, OLD."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'side' AS k, OLD."side" AS v WHERE OLD."side" IS NOT NEW."side" UNION ALL SELECT 'text' AS k, OLD."text" AS v WHERE OLD."text" IS NOT NEW."text")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, NEW."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, NEW."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'side' AS k, NEW."side" AS v WHERE OLD."side" IS NOT NEW."side" UNION ALL SELECT 'text' AS k, NEW."text" AS v WHERE OLD."text" IS NOT NEW."text")));
            END;
CREATE TRIGGER audit_negotiation_position_delete AFTER DELETE ON "negotiation_position"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_position', OLD.id,
                        (SELECT client_id FROM negotiation WHERE id = OLD.negotiation_id), 'delete', json_object('id', OLD."id", 'negotiation_id', OLD."negotiation_id", 'at', OLD."at", 'side', OLD."side", 'text', OLD."text"), NULL);
            END;
CREATE TRIGGER audit_concession_create AFTER INSERT ON "concession"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'concession', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'create', NULL, json_object('id', NEW."id", 'negotiation_id', NEW."negotiation_id", 'at', NEW."at", 'side', NEW."side", 'description', NEW."description"));
            END;
CREATE TRIGGER audit_concession_edit AFTER UPDATE ON "concession" WHEN OLD."id" IS NOT NEW."id" OR OLD."negotiation_id" IS NOT NEW."negotiation_id" OR OLD."at" IS NOT NEW."at" OR OLD."side" IS NOT NEW."side" OR OLD."description" IS NOT NEW."description" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'concession', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, OLD."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, OLD."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'side' AS k, OLD."side" AS v WHERE OLD."side" IS NOT NEW."side" UNION ALL SELECT 'description' AS k, OLD."description" AS v WHERE OLD."description" IS NOT NEW."description")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, NEW."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'at' AS k, NEW."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'side' AS k, NEW."side" AS v WHERE OLD."side" IS NOT NEW."side" UNION ALL SELECT 'description' AS k, NEW."description" AS v WHERE OLD."description" IS NOT NEW."description")));
            END;
CREATE TRIGGER audit_concession_delete AFTER DELETE ON "concession"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'concession', OLD.id,
                        (SELECT client_id FROM negotiation WHERE id = OLD.negotiation_id), 'delete', json_object('id', OLD."id", 'negotiation_id', OLD."negotiation_id", 'at', OLD."at", 'side', OLD."side", 'description', OLD."description"), NULL);
            END;
CREATE TRIGGER audit_negotiation_session_create AFTER INSERT ON "negotiation_session"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_session', NEW.negotiation_id || ':' || NEW.interaction_id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'create', NULL, json_object('negotiation_id', NEW."negotiation_id", 'interaction_id', NEW."interaction_id"));
            END;
CREATE TRIGGER audit_negotiation_session_edit AFTER UPDATE ON "negotiation_session" WHEN OLD."negotiation_id" IS NOT NEW."negotiation_id" OR OLD."interaction_id" IS NOT NEW."interaction_id" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_session', NEW.negotiation_id || ':' || NEW.interaction_id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'negotiation_id' AS k, OLD."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'interaction_id' AS k, OLD."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id")), (SELECT json_group_object(k, v) FROM (SELECT 'negotiation_id' AS k, NEW."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'interaction_id' AS k, NEW."interaction_id" AS v WHERE OLD."interaction_id" IS NOT NEW."interaction_id")));
            END;
CREATE TRIGGER audit_negotiation_session_delete AFTER DELETE ON "negotiation_session"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_session', OLD.negotiation_id || ':' || OLD.interaction_id,
                        (SELECT client_id FROM negotiation WHERE id = OLD.negotiation_id), 'delete', json_object('negotiation_id', OLD."negotiation_id", 'interaction_id', OLD."interaction_id"), NULL);
            END;
CREATE TRIGGER audit_negotiation_action_create AFTER INSERT ON "negotiation_action"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_action', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'create', NULL, json_object('id', NEW."id", 'negotiation_id', NEW."negotiation_id", 'description', NEW."description", 'owner_id', NEW."owner_id", 'due', NEW."due", 'done_at', NEW."done_at"));
            END;
CREATE TRIGGER audit_negotiation_action_edit AFTER UPDATE ON "negotiation_action" WHEN OLD."id" IS NOT NEW."id" OR OLD."negotiation_id" IS NOT NEW."negotiation_id" OR OLD."description" IS NOT NEW."description" OR OLD."owner_id" IS NOT NEW."owner_id" OR OLD."due" IS NOT NEW."due" OR OLD."done_at" IS NOT NEW."done_at" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_action', NEW.id,
                        (SELECT client_id FROM negotiation WHERE id = NEW.negotiation_id), 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, OLD."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'description' AS k, OLD."description" AS v WHERE OLD."description" IS NOT NEW."description" UNION ALL SELECT 'owner_id' AS k, OLD."owner_id" AS v WHERE OLD."owner_id" IS NOT NEW."owner_id" UNION ALL SELECT 'due' AS k, OLD."due" AS v WHERE OLD."due" IS NOT NEW."due" UNION ALL SELECT 'done_at' AS k, OLD."done_at" AS v WHERE OLD."done_at" IS NOT NEW."done_at")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'negotiation_id' AS k, NEW."negotiation_id" AS v WHERE OLD."negotiation_id" IS NOT NEW."negotiation_id" UNION ALL SELECT 'description' AS k, NEW."description" AS v WHERE OLD."description" IS NOT NEW."description" UNION ALL SELECT 'owner_id' AS k, NEW."owner_id" AS v WHERE OLD."owner_id" IS NOT NEW."owner_id" UNION ALL SELECT 'due' AS k, NEW."due" AS v WHERE OLD."due" IS NOT NEW."due" UNION ALL SELECT 'done_at' AS k, NEW."done_at" AS v WHERE OLD."done_at" IS NOT NEW."done_at")));
            END;
CREATE TRIGGER audit_negotiation_action_delete AFTER DELETE ON "negotiation_action"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'negotiation_action', OLD.id,
                        (SELECT client_id FROM negotiation WHERE id = OLD.negotiation_id), 'delete', json_object('id', OLD."id", 'negotiation_id', OLD."negotiation_id", 'description', OLD."description", 'owner_id', OLD."owner_id", 'due', OLD."due", 'done_at', OLD."done_at"), NULL);
            END;
CREATE TRIGGER audit_pulse_create AFTER INSERT ON "pulse"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'pulse', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'author_id', NEW."author_id", 'at', NEW."at", 'reading', NEW."reading", 'comment', NEW."comment"));
            END;
CREATE TRIGGER audit_pulse_edit AFTER UPDATE ON "pulse" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."author_id" IS NOT NEW."author_id" OR OLD."at" IS NOT NEW."at" OR OLD."reading" IS NOT NEW."reading" OR OLD."comment" IS NOT NEW."comment" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'pulse', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'author_id' AS k, OLD."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'at' AS k, OLD."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'reading' AS k, OLD."reading" AS v WHERE OLD."reading" IS NOT NEW."reading" UNION ALL SELECT 'comment' AS k, OLD."comment" AS v WHERE OLD."comment" IS NOT NEW."comment")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'author_id' AS k, NEW."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'at' AS k, NEW."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'reading' AS k, NEW."reading" AS v WHERE OLD."reading" IS NOT NEW."reading" UNION ALL SELECT 'comment' AS k, NEW."comment" AS v WHERE OLD."comment" IS NOT NEW."comment")));
            END;
CREATE TRIGGER audit_pulse_delete AFTER DELETE ON "pulse"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'pulse', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'author_id', OLD."author_id", 'at', OLD."at", 'reading', OLD."reading", 'comment', OLD."comment"), NULL);
            END;
CREATE TRIGGER audit_stage_change_create AFTER INSERT ON "stage_change"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'stage_change', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'at', NEW."at", 'from_stage', NEW."from_stage", 'to_stage', NEW."to_stage", 'author_id', NEW."author_id", 'note', NEW."note"));
            END;
CREATE TRIGGER audit_stage_change_edit AFTER UPDATE ON "stage_change" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."at" IS NOT NEW."at" OR OLD."from_stage" IS NOT NEW."from_stage" OR OLD."to_stage" IS NOT NEW."to_stage" OR OLD."author_id" IS NOT NEW."author_id" OR OLD."note" IS NOT NEW."note" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'stage_change', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'at' AS k, OLD."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'from_stage' AS k, OLD."from_stage" AS v WHERE OLD."from_stage" IS NOT NEW."from_stage" UNION ALL SELECT 'to_stage' AS k, OLD."to_stage" AS v WHERE OLD."to_stage" IS NOT NEW."to_stage" UNION ALL SELECT 'author_id' AS k, OLD."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'note' AS k, OLD."note" AS v WHERE OLD."note" IS NOT NEW."note")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'at' AS k, NEW."at" AS v WHERE OLD."at" IS NOT NEW."at" UNION ALL SELECT 'from_stage' AS k, NEW."from_stage" AS v WHERE OLD."from_stage" IS NOT NEW."from_stage" UNION ALL SELECT 'to_stage' AS k, NEW."to_stage" AS v WHERE OLD."to_stage" IS NOT NEW."to_stage" UNION ALL SELECT 'author_id' AS k, NEW."author_id" AS v WHERE OLD."author_id" IS NOT NEW."author_id" UNION ALL SELECT 'note' AS k, NEW."note" AS v WHERE OLD."note" IS NOT NEW."note")));
            END;
CREATE TRIGGER audit_stage_change_delete AFTER DELETE ON "stage_change"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'stage_change', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'at', OLD."at", 'from_stage', OLD."from_stage", 'to_stage', OLD."to_stage", 'author_id', OLD."author_id", 'note', OLD."note"), NULL);
            END;
CREATE TRIGGER audit_playbook_entry_create AFTER INSERT ON "playbook_entry"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'playbook_entry', NEW.id,
                        NULL, 'create', NULL, json_object('id', NEW."id", 'situation', NEW."situation", 'action', NEW."action", 'language', NEW."language", 'kinds', NEW."kinds", 'tags', NEW."tags", 'position', NEW."position"));
            END;
CREATE TRIGGER audit_playbook_entry_edit AFTER UPDATE ON "playbook_entry" WHEN OLD."id" IS NOT NEW."id" OR OLD."situation" IS NOT NEW."situation" OR OLD."action" IS NOT NEW."action" OR OLD."language" IS NOT NEW."language" OR OLD."kinds" IS NOT NEW."kinds" OR OLD."tags" IS NOT NEW."tags" OR OLD."position" IS NOT NEW."position" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'playbook_entry', NEW.id,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'situation' AS k, OLD."situation" AS v WHERE OLD."situation" IS NOT NEW."situation" UNION ALL SELECT 'action' AS k, OLD."action" AS v WHERE OLD."action" IS NOT NEW."action" UNION ALL SELECT 'language' AS k, OLD."language" AS v WHERE OLD."language" IS NOT NEW."language" UNION ALL SELECT 'kinds' AS k, OLD."kinds" AS v WHERE OLD."kinds" IS NOT NEW."kinds" UNION ALL SELECT 'tags' AS k, OLD."tags" AS v WHERE OLD."tags" IS NOT NEW."tags" UNION ALL SELECT 'position' AS k, OLD."position" AS v WHERE OLD."position" IS NOT NEW."position")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'situation' AS k, NEW."situation" AS v WHERE OLD."situation" IS NOT NEW."situation" UNION ALL SELECT 'action' AS k, NEW."action" AS v WHERE OLD."action" IS NOT NEW."action" UNION ALL SELECT 'language' AS k, NEW."language" AS v WHERE OLD."language" IS NOT NEW."language" UNION ALL SELECT 'kinds' AS k, NEW."kinds" AS v WHERE OLD."kinds" IS NOT NEW."kinds" UNION ALL SELECT 'tags' AS k, NEW."tags" AS v WHERE OLD."tags" IS NOT NEW."tags" UNION ALL SELECT 'position' AS k, NEW."position" AS v WHERE OLD."position" IS NOT NEW."position")));
            END;
CREATE TRIGGER audit_playbook_entry_delete AFTER DELETE ON "playbook_entry"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'playbook_entry', OLD.id,
                        NULL, 'delete', json_object('id', OLD."id", 'situation', OLD."situation", 'action', OLD."action", 'language', OLD."language", 'kinds', OLD."kinds", 'tags', OLD."tags", 'position', OLD."position"), NULL);
            END;
CREATE TRIGGER audit_portrait_criterion_create AFTER INSERT ON "portrait_criterion"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'portrait_criterion', NEW.id,
                        NULL, 'create', NULL, json_object('id', NEW."id", 'name', NEW."name", 'description', NEW."description", 'weight', NEW."weight", 'position', NEW."position"));
            END;
CREATE TRIGGER audit_portrait_criterion_edit AFTER UPDATE ON "portrait_criterion" WHEN OLD."id" IS NOT NEW."id" OR OLD."name" IS NOT NEW."name" OR OLD."description" IS NOT NEW."description" OR OLD."weight" IS NOT NEW."weight" OR OLD."position" IS NOT NEW."position" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'portrait_criterion', NEW.id,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'description' AS k, OLD."description" AS v WHERE OLD."description" IS NOT NEW."description" UNION ALL SELECT 'weight' AS k, OLD."weight" AS v WHERE OLD."weight" IS NOT NEW."weight" UNION ALL SELECT 'position' AS k, OLD."position" AS v WHERE OLD."position" IS NOT NEW."position")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name" UNION ALL SELECT 'description' AS k, NEW."description" AS v WHERE OLD."description" IS NOT NEW."description" UNION ALL SELECT 'weight' AS k, NEW."weight" AS v WHERE OLD."weight" IS NOT NEW."weight" UNION ALL SELECT 'position' AS k, NEW."position" AS v WHERE OLD."position" IS NOT NEW."position")));
            END;
CREATE TRIGGER audit_portrait_criterion_delete AFTER DELETE ON "portrait_criterion"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'portrait_criterion', OLD.id,
                        NULL, 'delete', json_object('id', OLD."id", 'name', OLD."name", 'description', OLD."description", 'weight', OLD."weight", 'position', OLD."position"), NULL);
            END;
CREATE TRIGGER audit_qualification_create AFTER INSERT ON "qualification"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'qualification', NEW.id,
                        NEW.client_id, 'create', NULL, json_object('id', NEW."id", 'client_id', NEW."client_id", 'decided_by_id', NEW."decided_by_id", 'decided_at', NEW."decided_at", 'decision', NEW."decision", 'reason', NEW."reason", 'score', NEW."score", 'criteria_met', NEW."criteria_met"));
            END;
CREATE TRIGGER audit_qualification_edit AFTER UPDATE ON "qualification" WHEN OLD."id" IS NOT NEW."id" OR OLD."client_id" IS NOT NEW."client_id" OR OLD."decided_by_id" IS NOT NEW."decided_by_id" OR OLD."decided_at" IS NOT NEW."decided_at" OR OLD."decision" IS NOT NEW."decision" OR OLD."reason" IS NOT NEW."reason" OR OLD."score" IS NOT NEW."score" OR OLD."criteria_met" IS NOT NEW."criteria_met" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'qualification', NEW.id,
                        NEW.client_id, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, OLD."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'decided_by_id' AS k, OLD."decided_by_id" AS v WHERE OLD."decided_by_id" IS NOT NEW."decided_by_id" UNION ALL SELECT 'decided_at' AS k, OLD."decided_at" AS v WHERE OLD."decided_at" IS NOT NEW."decided_at" UNION ALL SELECT 'decision' AS k, OLD."decision" AS v WHERE OLD."decision" IS NOT NEW."decision" UNION ALL SELECT 'reason' AS k, OLD."reason" AS v WHERE OLD."reason" IS NOT NEW."reason" UNION ALL SELECT 'score' AS k, OLD."score" AS v WHERE OLD."score" IS NOT NEW."score" UNION ALL SELECT 'criteria_met' AS k, OLD."criteria_met" AS v WHERE OLD."criteria_met" IS NOT NEW."criteria_met")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'client_id' AS k, NEW."client_id" AS v WHERE OLD."client_id" IS NOT NEW."client_id" UNION ALL SELECT 'decided_by_id' AS k, NEW."decided_by_id" AS v WHERE OLD."decided_by_id" IS NOT NEW."decided_by_id" UNION ALL SELECT 'decided_at' AS k, NEW."decided_at" AS v WHERE OLD."decided_at" IS NOT NEW."decided_at" UNION ALL SELECT 'decision' AS k, NEW."decision" AS v WHERE OLD."decision" IS NOT NEW."decision" UNION ALL SELECT 'reason' AS k, NEW."reason" AS v WHERE OLD."reason" IS NOT NEW."reason" UNION ALL SELECT 'score' AS k, NEW."score" AS v WHERE OLD."score" IS NOT NEW."score" UNION ALL SELECT 'criteria_met' AS k, NEW."criteria_met" AS v WHERE OLD."criteria_met" IS NOT NEW."criteria_met")));
            END;
CREATE TRIGGER audit_qualification_delete AFTER DELETE ON "qualification"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'qualification', OLD.id,
                        OLD.client_id, 'delete', json_object('id', OLD."id", 'client_id', OLD."client_id", 'decided_by_id', OLD."decided_by_id", 'decided_at', OLD."decided_at", 'decision', OLD."decision", 'reason', OLD."reason", 'score', OLD."score", 'criteria_met', OLD."criteria_met"), NULL);
            END;
CREATE TRIGGER audit_holiday_create AFTER INSERT ON "holiday"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'holiday', NEW.id,
                        NULL, 'create', NULL, json_object('id', NEW."id", 'day', NEW."day", 'name', NEW."name"));
            END;
CREATE TRIGGER audit_holiday_edit AFTER UPDATE ON "holiday" WHEN OLD."id" IS NOT NEW."id" OR OLD."day" IS NOT NEW."day" OR OLD."name" IS NOT NEW."name" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'holiday', NEW.id,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, OLD."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'day' AS k, OLD."day" AS v WHERE OLD."day" IS NOT NEW."day" UNION ALL SELECT 'name' AS k, OLD."name" AS v WHERE OLD."name" IS NOT NEW."name")), (SELECT json_group_object(k, v) FROM (SELECT 'id' AS k, NEW."id" AS v WHERE OLD."id" IS NOT NEW."id" UNION ALL SELECT 'day' AS k, NEW."day" AS v WHERE OLD."day" IS NOT NEW."day" UNION ALL SELECT 'name' AS k, NEW."name" AS v WHERE OLD."name" IS NOT NEW."name")));
            END;
CREATE TRIGGER audit_holiday_delete AFTER DELETE ON "holiday"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'holiday', OLD.id,
                        NULL, 'delete', json_object('id', OLD."id", 'day', OLD."day", 'name', OLD."name"), NULL);
            END;
CREATE TRIGGER audit_setting_create AFTER INSERT ON "setting"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'setting', NEW.key,
                        NULL, 'create', NULL, json_object('key', NEW."key", 'value', NEW."value"));
            END;
CREATE TRIGGER audit_setting_edit AFTER UPDATE ON "setting" WHEN OLD."key" IS NOT NEW."key" OR OLD."value" IS NOT NEW."value" BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'setting', NEW.key,
                        NULL, 'edit', (SELECT json_group_object(k, v) FROM (SELECT 'key' AS k, OLD."key" AS v WHERE OLD."key" IS NOT NEW."key" UNION ALL SELECT 'value' AS k, OLD."value" AS v WHERE OLD."value" IS NOT NEW."value")), (SELECT json_group_object(k, v) FROM (SELECT 'key' AS k, NEW."key" AS v WHERE OLD."key" IS NOT NEW."key" UNION ALL SELECT 'value' AS k, NEW."value" AS v WHERE OLD."value" IS NOT NEW."value")));
            END;
CREATE TRIGGER audit_setting_delete AFTER DELETE ON "setting"  BEGIN
                INSERT INTO audit_entry (at, user_id, login, table_name, row_id, client_id, action, before, after)
                VALUES (rapport_now(), rapport_actor(), rapport_login(), 'setting', OLD.key,
                        NULL, 'delete', json_object('key', OLD."key", 'value', OLD."value"), NULL);
            END;
CREATE TRIGGER audit_entry_keep_update BEFORE UPDATE ON audit_entry BEGIN
                SELECT RAISE(ABORT, 'the audit trail is kept as written: it cannot be changed or deleted');
            END;
CREATE TRIGGER audit_entry_keep_delete BEFORE DELETE ON audit_entry BEGIN
                SELECT RAISE(ABORT, 'the audit trail is kept as written: it cannot be changed or deleted');
            END;
PRAGMA user_version = 10;
