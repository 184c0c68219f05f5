-- The bench client, campaign, agents and leads of bench/dispatch.sh and bench/dispatch-failover.sh, made by SQL with
-- ids from 900 000 000 up (far above the application's sequence); run after clean_client BENCH-DISP 'benchag%'.
--   psql -v schema=… -v client=… -v campaign=… -v agents=… -v leads=… -f bench/dispatch_setup.sql
set search_path = :"schema";
insert into client (id, version, code, name, zone_id, active) values (:client, 0, 'BENCH-DISP', 'Bench dispatch', 'Europe/Rome', true);
insert into campaign (id, version, client_id, name, type, status, starts_on, ends_on, legal_profile, max_attempts,
                      consent_purpose, caller_id, rpo_window_days, briefing, commercial_purpose)
values (:campaign, 0, :client, 'Bench dispatch', 'SURVEY', 'ACTIVE', date '2026-03-01', date '2026-03-31', 'SURVEY_WIDE', 5,
        null, '+390212345678', 30, 'bench/dispatch.sh', false);
insert into campaign_window (campaign_id, day_of_week, starts_at, ends_at)
select :campaign, d, time '00:00', time '23:59'
from unnest(array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY']) d;
-- agents: operatore01's password hash (cuffia2026) and roles
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select :client + 100 + n, 0, 'benchag' || lpad(n::text, 3, '0'), u.password_hash, 'Bench', 'Agente ' || n, null, 'it', true
from app_user u, generate_series(1, :agents) n where u.username = 'operatore01';
insert into user_role (user_id, role)
select :client + 100 + n, r.role from user_role r join app_user u on u.id = r.user_id, generate_series(1, :agents) n
where u.username = 'operatore01';
insert into agent (id, version, user_id, team_id) select :client + 200 + n, 0, :client + 100 + n, null from generate_series(1, :agents) n;
insert into agent_client (agent_id, client_id) select :client + 200 + n, :client from generate_series(1, :agents) n;
insert into campaign_agent (campaign_id, user_id) select :campaign, :client + 100 + n from generate_series(1, :agents) n;
-- customers, their mobile numbers (+39 348 0000001…) and one NEW lead each, imported the day before
select setseed(0.42) \g /dev/null
insert into customer (id, version, client_id, first_name, last_name, email, city, province, country, active)
select 901000000 + n, 0, :client, 'Nome' || n, 'Cognome' || n, null, 'Milano', 'MI', 'IT', true from generate_series(1, :leads) n;
insert into customer_phone (id, version, customer_id, number, kind, valid)
select 902000000 + n, 0, 901000000 + n, '+39348' || lpad(n::text, 7, '0'), 'MOBILE', true from generate_series(1, :leads) n;
insert into lead (id, version, campaign_id, customer_id, phone, time_zone, priority, status, attempts, imported_at, next_attempt_at)
select 903000000 + n, 0, :campaign, 901000000 + n, '+39348' || lpad(n::text, 7, '0'), 'Europe/Rome', floor(random() * 10)::int,
       'NEW', 0, timestamptz '2026-03-09 10:00:00+01', timestamptz '2026-03-09 10:00:00+01'
from generate_series(1, :leads) n;
analyze customer; analyze customer_phone; analyze lead; analyze interaction;
