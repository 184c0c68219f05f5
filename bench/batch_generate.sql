-- One month of work (June 2025, Europe/Rome) for bench/batch.sh, written by SQL inside PostgreSQL.
-- Run by psql with -v agents=500 -v calls=100 (calls per agent and working day) after clean_client
-- BENCH-KPI 'benchkpi%'. Every id comes from cuffia_seq with one nextval per row (the sequence
-- steps by 50, EclipseLink's allocation size, so no id of the application's blocks is taken).
--
-- What it makes:
--   client BENCH-KPI; supervisor benchkpisup; 10 teams of agents/10; agents benchkpi001… (role AGENT,
--   password cuffia2026 copied from operatore01, one full-time contract 1450.00 from 2025-01-01,
--   serving BENCH-KPI); a TELESELLING campaign (CLOSED, June 2025) with all agents; 10 000
--   customers with a mobile number and a lead each; a commission plan for the statements.
--   On each working day (Mon–Fri without 2 June, Festa della Repubblica), per agent: state periods
--   AVAILABLE 09:00–11:00, PAUSED 11:00–11:15, AVAILABLE 11:15–13:00, LOGGED_OUT 13:00–14:00,
--   AVAILABLE 14:00–18:00, and :calls calls, one per 279 s slot of the available time:
--   60 % inbound answered (talk 45–200 s, wrap-up 10–50 s, hold on a third, satisfaction 1–5 on 30 %),
--   40 % outbound attempts (NO_ANSWER 30 %, BUSY 15 %, NOT_INTERESTED 25 %, SALE 10 %, CALLBACK 10 %,
--   INFO_SENT 10 %). 10 % of inbound calls open a ticket owned by the agent: 10 % escalated (level 2,
--   unresolved), 65 % resolved during the call (FCR), 25 % resolved 2–30 h later (in SLA when within
--   24 h); 3 % of resolved tickets reopened a day later. Every SALE has a sale (29.90–119.90,
--   consent on 90 %, 5 % cancelled three days later).
--   Boundaries in Europe/Rome, for the first 5 agents: a call at 2025-06-01 01:00 (counts: June in
--   Rome, May in UTC), a call at 2025-07-01 00:30 (does not count: June in UTC), and AVAILABLE
--   periods 2025-05-31 23:00 → 06-01 01:30 and 06-30 23:00 → 07-01 00:45 (only their June part counts).
set search_path = :"schema";
select setseed(0.2025) \g /dev/null

create temp table g_client as select nextval('cuffia_seq') as id;
insert into client (id, version, code, name, zone_id, active)
select id, 0, 'BENCH-KPI', 'Bench KPI', 'Europe/Rome', true from g_client;

create temp table g_pw as select password_hash from app_user where username = 'operatore01';
do $$ begin
  if (select count(*) from g_pw) <> 1 then raise exception 'operatore01 not found: is the demo data loaded?'; end if;
end $$;

-- supervisor and teams
create temp table g_sup as select nextval('cuffia_seq') as id;
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select s.id, 0, 'benchkpisup', p.password_hash, 'Bench', 'Supervisore', null, 'it', true from g_sup s, g_pw p;
insert into user_role (user_id, role) select id, 'SUPERVISOR' from g_sup;
create temp table g_team as select n, nextval('cuffia_seq') as id from generate_series(1, 10) n;
insert into team (id, version, name, supervisor_id, active)
select t.id, 0, 'Bench KPI ' || lpad(t.n::text, 2, '0'), s.id, true from g_team t, g_sup s;

-- agents, contracts, client
create temp table g_agent as
select n, nextval('cuffia_seq') as user_id, nextval('cuffia_seq') as agent_id, nextval('cuffia_seq') as contract_id
from generate_series(1, :agents) n;
insert into app_user (id, version, username, password_hash, first_name, last_name, email, language, active)
select a.user_id, 0, 'benchkpi' || lpad(a.n::text, 3, '0'), p.password_hash, 'Bench', 'Agente ' || a.n, null, 'it', true
from g_agent a, g_pw p;
insert into user_role (user_id, role) select user_id, 'AGENT' from g_agent;
insert into agent (id, version, user_id, team_id)
select a.agent_id, 0, a.user_id, t.id from g_agent a join g_team t on t.n = 1 + (a.n - 1) * 10 / :agents;
insert into agent_client (agent_id, client_id) select a.agent_id, c.id from g_agent a, g_client c;
insert into contract (id, version, agent_id, type, weekly_hours, monthly_salary, valid_from, valid_to)
select contract_id, 0, agent_id, 'FULL_TIME', 40, 1450.00, date '2025-01-01', null from g_agent;

-- campaign
create temp table g_campaign as select nextval('cuffia_seq') as id;
insert into campaign (id, version, client_id, name, type, status, starts_on, ends_on, legal_profile, max_attempts,
                      consent_purpose, caller_id, rpo_window_days, briefing)
select g.id, 0, c.id, 'Bench KPI teleselling', 'TELESELLING', 'CLOSED', date '2025-06-01', date '2025-06-30',
       'TELEMARKETING_CODE_2024', 5, 'MARKETING', '+390212345678', 30, 'bench/batch.sh'
from g_campaign g, g_client c;
insert into campaign_agent (campaign_id, user_id) select g.id, a.user_id from g_campaign g, g_agent a;

-- customers, phones, leads
create temp table g_customer as
select n, nextval('cuffia_seq') as id, nextval('cuffia_seq') as phone_id, nextval('cuffia_seq') as lead_id,
       '+39347' || lpad(n::text, 7, '0') as number
from generate_series(1, 10000) n;
insert into customer (id, version, client_id, first_name, last_name, email, city, province, country, active)
select g.id, 0, c.id, 'Cliente', 'Bench ' || g.n, null, 'Milano', 'MI', 'IT', true from g_customer g, g_client c;
insert into customer_phone (id, version, customer_id, number, kind, valid)
select phone_id, 0, id, number, 'MOBILE', true from g_customer;
insert into lead (id, version, campaign_id, customer_id, phone, time_zone, priority, status, attempts, imported_at)
select g.lead_id, 0, c.id, g.id, g.number, 'Europe/Rome', 5, 'DONE', 1, timestamptz '2025-05-30 09:00:00+02'
from g_customer g, g_campaign c;

-- commission plan of the client (the statements step applies it to every agent serving it)
create temp table g_plan as select nextval('cuffia_seq') as id;
insert into commission_plan (id, version, name, client_id, campaign_id, valid_from, valid_to, monthly_cap)
select p.id, 0, 'Provvigioni bench KPI', c.id, null, date '2025-01-01', null, 800.00 from g_plan p, g_client c;
insert into commission_rule (id, version, plan_id, line_no, kind, name, unit, kpi, tiers, fixed_amount, percent, target, amount, guards)
select nextval('cuffia_seq'), 0, p.id, r.line_no, r.kind, r.name, r.unit, r.kpi, r.tiers, r.fixed_amount, r.percent, r.target, r.amount, r.guards
from g_plan p, (values
  (1, 'PER_UNIT', 'Chiamate gestite', 'CALLS_HANDLED', null, '1:0.05; 1001:0.10', null::numeric, null::numeric, null::numeric, null::numeric, null),
  (2, 'PER_SALE', 'Vendite con consenso', null, null, null, 5.00, 2, null, null, null),
  (3, 'KPI_BONUS', 'Bonus FCR', null, 'FCR', null, null, null, 60, 100.00, null),
  (4, 'KPI_BONUS', 'Bonus AHT', null, 'AHT', null, null, null, 240, 50.00, null),
  (5, 'GATE', 'Qualità minima', null, 'CSAT', null, null, null, 3.0, null, 'Bonus FCR, Bonus AHT')
) r(line_no, kind, name, unit, kpi, tiers, fixed_amount, percent, target, amount, guards);

-- working days of June 2025
create temp table g_day as
select d::date as day from generate_series(date '2025-06-01', date '2025-06-30', interval '1 day') d
where extract(isodow from d) < 6 and d::date <> date '2025-06-02';

-- state periods
insert into agent_state_period (id, version, user_id, state, reason, started_at, ended_at)
select nextval('cuffia_seq'), 0, a.user_id, p.state, p.reason,
       (d.day + p.starts) at time zone 'Europe/Rome', (d.day + p.ends) at time zone 'Europe/Rome'
from g_agent a cross join g_day d cross join (values
  ('AVAILABLE', null, time '09:00', time '11:00'),
  ('PAUSED', 'Pausa', time '11:00', time '11:15'),
  ('AVAILABLE', null, time '11:15', time '13:00'),
  ('LOGGED_OUT', null, time '13:00', time '14:00'),
  ('AVAILABLE', null, time '14:00', time '18:00')) p(state, reason, starts, ends);
insert into agent_state_period (id, version, user_id, state, reason, started_at, ended_at)
select nextval('cuffia_seq'), 0, a.user_id, 'AVAILABLE', 'bench boundary', b.starts at time zone 'Europe/Rome', b.ends at time zone 'Europe/Rome'
from g_agent a cross join (values
  (timestamp '2025-05-31 23:00', timestamp '2025-06-01 01:30'),
  (timestamp '2025-06-30 23:00', timestamp '2025-07-01 00:45')) b(starts, ends)
where a.n <= 5;

-- the calls: one per slot of 279 s of available time (09:00–11:00, 11:15–13:00, 14:00–18:00)
create temp table g_call as
select nextval('cuffia_seq') as id, r.agent_id, r.cust_n, c.inbound, c.outcome, c.ringing, an.answered, en.ended, wu.wrap_up,
       case when c.inbound and r.r_hold < 0.33 then floor(r.r_hold / 0.33 * 30)::int else 0 end as hold_seconds,
       case when c.inbound and r.r_sat < 0.3 then 1 + floor(r.r_sat / 0.3 * 5)::int end as satisfaction
from (select a.user_id as agent_id, d.day, k.k, 1 + floor(random() * 10000)::int as cust_n, random() as r_dir, random() as r_out,
             random() as r_ans, random() as r_talk, random() as r_wrap, random() as r_sat, random() as r_hold, random() as r_jit
      from g_agent a cross join g_day d cross join generate_series(0, :calls - 1) as k(k) offset 0) r
cross join lateral (select least(r.k * (27900 / :calls) + floor(r.r_jit * 9)::int, 27899) as off) o
cross join lateral (
  select ((r.day + case when o.off < 7200 then time '09:00' + make_interval(secs => o.off)
                        when o.off < 13500 then time '11:15' + make_interval(secs => o.off - 7200)
                        else time '14:00' + make_interval(secs => o.off - 13500) end) at time zone 'Europe/Rome') as ringing,
         r.r_dir < 0.6 as inbound,
         case when r.r_dir >= 0.6 then case when r.r_out < 0.30 then 'NO_ANSWER' when r.r_out < 0.45 then 'BUSY'
              when r.r_out < 0.70 then 'NOT_INTERESTED' when r.r_out < 0.80 then 'SALE' when r.r_out < 0.90 then 'CALLBACK'
              else 'INFO_SENT' end end as outcome) c
cross join lateral (
  select case when c.inbound or c.outcome not in ('NO_ANSWER', 'BUSY')
              then c.ringing + make_interval(secs => 3 + floor(r.r_ans * 18)) end as answered) an
cross join lateral (
  select case when an.answered is not null then an.answered + make_interval(secs => 45 + floor(r.r_talk * 156))
              else c.ringing + make_interval(secs => 20 + floor(r.r_talk * 21)) end as ended) en
cross join lateral (
  select en.ended + make_interval(secs => case when an.answered is not null then 10 + floor(r.r_wrap * 41)
                                               else 5 + floor(r.r_wrap * 11) end) as wrap_up) wu;
-- the boundary calls (inbound, answered)
insert into g_call (id, agent_id, cust_n, inbound, outcome, ringing, answered, ended, wrap_up, hold_seconds, satisfaction)
select nextval('cuffia_seq'), a.user_id, a.n, true, null, b.ringing at time zone 'Europe/Rome',
       (b.ringing + interval '10 s') at time zone 'Europe/Rome', (b.ringing + interval '130 s') at time zone 'Europe/Rome',
       (b.ringing + interval '160 s') at time zone 'Europe/Rome', 0, 4
from g_agent a cross join (values (timestamp '2025-06-01 01:00'), (timestamp '2025-07-01 00:30')) b(ringing)
where a.n <= 5;

insert into interaction (id, version, client_id, customer_id, agent_id, channel, direction, ringing_at, answered_at, ended_at,
                         wrap_up_ended_at, hold_seconds, outcome, campaign_id, lead_id, satisfaction)
select g.id, 0, cl.id, cu.id, g.agent_id, 'PHONE', case when g.inbound then 'INBOUND' else 'OUTBOUND' end, g.ringing, g.answered,
       g.ended, g.wrap_up, g.hold_seconds, g.outcome, case when g.inbound then null else ca.id end,
       case when g.inbound then null else cu.lead_id end, g.satisfaction
from g_call g join g_customer cu on cu.n = g.cust_n cross join g_client cl cross join g_campaign ca;

-- tickets opened in 10 % of the inbound calls
create temp table g_ticket as
select nextval('cuffia_seq') as id, c.id as interaction_id, c.agent_id, c.cust_n, c.answered + interval '30 s' as opened_at,
       case when c.f < 0.10 then null when c.f < 0.75 then c.ended - interval '10 s'
            else c.wrap_up + make_interval(hours => 2 + floor(c.r2 * 29)::int) end as resolved_at,
       c.f < 0.10 as escalated, c.r3 < 0.5 as technical, c.r4 < 0.03 as reopened, c.wrap_up as opening_wrap_up
from (select g.*, random() as f, random() as r2, random() as r3, random() as r4
      from g_call g where g.inbound and g.ringing >= timestamptz '2025-06-01 00:00:00+02' and random() < 0.10 offset 0) c;
insert into ticket (id, version, client_id, customer_id, category, priority, channel, subject, state, support_level, owner_id,
                    opened_at, first_response_at, resolved_at, first_response_due, resolution_due, first_response_met,
                    resolution_met, escalated, opened_in_interaction_id, at_risk_from, opening_wrap_up_ended_at)
select t.id, 0, cl.id, cu.id, case when t.technical then 'TECHNICAL_SUPPORT' else 'CUSTOMER_SERVICE' end, 'NORMAL', 'PHONE',
       case when t.technical then 'Connessione lenta' else 'Bolletta non chiara' end,
       case when t.resolved_at is null then 'OPEN' when t.reopened then 'REOPENED' else 'RESOLVED' end,
       case when t.escalated then 2 else 1 end, t.agent_id, t.opened_at, t.opened_at, t.resolved_at,
       t.opened_at + interval '1 hour', t.opened_at + interval '24 hours', true,
       case when t.resolved_at is not null then t.resolved_at <= t.opened_at + interval '24 hours' end, t.escalated, t.interaction_id,
       t.opened_at + interval '18 hours',
       -- the opening call's wrap-up end, as the suite keeps it on the ticket (V48, TicketService.onCallFinished); the
       -- hand-written query (batch_kpi.sql) reads it from the call itself, so the agreement check also checks this copy
       t.opening_wrap_up
from g_ticket t join g_customer cu on cu.n = t.cust_n cross join g_client cl;
insert into ticket_change (id, version, ticket_id, changed_at, changed_by, field, old_value, new_value, reason)
select nextval('cuffia_seq'), 0, id, resolved_at + interval '1 day', 'bench', 'state', 'RESOLVED', 'REOPENED', 'Il problema si ripresenta'
from g_ticket where reopened and resolved_at is not null;

-- a sale for every SALE
insert into sale (id, version, campaign_id, lead_id, customer_id, agent_id, interaction_id, sold_at, consent_ok, total, cancelled_at)
select nextval('cuffia_seq'), 0, ca.id, cu.lead_id, cu.id, g.agent_id, g.id, g.ended, random() < 0.9,
       round(29.90 + floor(random() * 9001)::numeric / 100, 2),
       case when random() < 0.05 then g.ended + interval '3 days' end
from g_call g join g_customer cu on cu.n = g.cust_n cross join g_campaign ca
where g.outcome = 'SALE';

analyze interaction; analyze ticket; analyze ticket_change; analyze sale; analyze agent_state_period; analyze lead; analyze customer;
analyze app_user; analyze agent; analyze contract;
