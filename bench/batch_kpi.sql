-- The month's KPI counters of every bench agent straight from the raw tables, by hand, in one query
-- (bench/batch.sh times it and compares it with kpi_result). psql variables: users (username
-- pattern of the agents), month (first day, yyyy-mm-01). A month is Europe/Rome midnight to
-- midnight. Rules as in WorkDay: talk = ended − answered, wrap-up = wrap-up end − ended (each 0
-- when missing or negative, whole seconds); an answered and ended inbound call is handled; every
-- other call with an agent is an attempt; contacts and conversions by outcome; FCR = ticket resolved
-- no later than the wrap-up end of the call that opened it and never escalated; logged = time in
-- any state but LOGGED_OUT, available = logged but PAUSED; sales not cancelled, by sold_at.
with w as (
  select (:'month'::date::timestamp) at time zone 'Europe/Rome' as f,
         ((:'month'::date + interval '1 month')::timestamp) at time zone 'Europe/Rome' as t
), ag as (
  select u.id from app_user u join agent a on a.user_id = u.id where u.username like :'users'
), calls as (
  select i.agent_id,
         count(*) filter (where h.handled) as calls_handled,
         coalesce(sum(s.talk + s.wrap) filter (where h.handled), 0) as inbound_handle_seconds,
         coalesce(sum(s.talk + s.wrap) filter (where h.handled or i.direction <> 'INBOUND'), 0) as work_seconds,
         count(*) filter (where i.direction <> 'INBOUND') as attempts,
         count(*) filter (where i.direction <> 'INBOUND' and i.outcome in ('NOT_INTERESTED', 'SALE', 'CALLBACK', 'INFO_SENT',
                                'DO_NOT_CALL', 'APPOINTMENT_BOOKED', 'SURVEY_COMPLETED')) as contacts,
         count(*) filter (where i.direction <> 'INBOUND' and i.outcome in ('SALE', 'APPOINTMENT_BOOKED', 'SURVEY_COMPLETED')) as conversions,
         coalesce(sum(i.satisfaction), 0) as csat_sum,
         count(i.satisfaction) as csat_count
  from interaction i cross join w
  cross join lateral (select i.direction = 'INBOUND' and i.answered_at is not null and i.ended_at is not null as handled) h
  cross join lateral (
    select case when i.ended_at >= i.answered_at then trunc(extract(epoch from i.ended_at - i.answered_at)) else 0 end as talk,
           case when i.wrap_up_ended_at >= i.ended_at then trunc(extract(epoch from i.wrap_up_ended_at - i.ended_at)) else 0 end as wrap) s
  where i.agent_id in (select id from ag) and i.ringing_at >= w.f and i.ringing_at < w.t
  group by i.agent_id
), opened as (
  select t.owner_id as agent_id, count(*) as tickets_opened,
         count(*) filter (where not t.escalated and t.resolved_at <= i.wrap_up_ended_at) as tickets_first_contact,
         count(*) filter (where t.escalated) as tickets_escalated
  from ticket t cross join w left join interaction i on i.id = t.opened_in_interaction_id
  where t.owner_id in (select id from ag) and t.opened_at >= w.f and t.opened_at < w.t
  group by t.owner_id
), resolved as (
  select t.owner_id as agent_id, count(*) as tickets_resolved, count(*) filter (where t.resolution_met) as tickets_resolved_in_sla
  from ticket t cross join w
  where t.owner_id in (select id from ag) and t.resolved_at >= w.f and t.resolved_at < w.t
  group by t.owner_id
), reopened as (
  select t.owner_id as agent_id, count(*) as tickets_reopened
  from ticket_change c join ticket t on t.id = c.ticket_id cross join w
  where c.field = 'state' and c.new_value = 'REOPENED' and t.owner_id in (select id from ag) and c.changed_at >= w.f and c.changed_at < w.t
  group by t.owner_id
), sales as (
  select s.agent_id, count(*) as sales, sum(s.total) as revenue
  from sale s cross join w
  where s.agent_id in (select id from ag) and s.cancelled_at is null and s.sold_at >= w.f and s.sold_at < w.t
  group by s.agent_id
), appointments as (
  select a.agent_id,
         count(*) filter (where a.booked_at >= w.f and a.booked_at < w.t) as appointments_booked,
         count(*) filter (where a.starts_at >= w.f and a.starts_at < w.t and a.starts_at <= now()
                          and a.status in ('BOOKED', 'HELD', 'NO_SHOW')) as appointments_due,
         count(*) filter (where a.starts_at >= w.f and a.starts_at < w.t and a.starts_at <= now() and a.status = 'HELD') as appointments_held
  from appointment a cross join w
  where a.agent_id in (select id from ag) and ((a.booked_at >= w.f and a.booked_at < w.t) or (a.starts_at >= w.f and a.starts_at < w.t))
  group by a.agent_id
), states as (
  select p.user_id as agent_id,
         sum(trunc(extract(epoch from x.until - x.since))) as logged_seconds,
         coalesce(sum(trunc(extract(epoch from x.until - x.since))) filter (where p.state <> 'PAUSED'), 0) as available_seconds
  from agent_state_period p cross join w
  cross join lateral (select greatest(p.started_at, w.f) as since, least(coalesce(p.ended_at, now()), w.t, now()) as until) x
  where p.user_id in (select id from ag) and p.state <> 'LOGGED_OUT' and p.started_at < w.t
    and (p.ended_at is null or p.ended_at > w.f) and x.until > x.since
  group by p.user_id
)
select ag.id as agent_id,
       coalesce(c.calls_handled, 0) as calls_handled, coalesce(c.inbound_handle_seconds, 0) as inbound_handle_seconds,
       coalesce(o.tickets_opened, 0) as tickets_opened, coalesce(o.tickets_first_contact, 0) as tickets_first_contact,
       coalesce(o.tickets_escalated, 0) as tickets_escalated, coalesce(r.tickets_resolved, 0) as tickets_resolved,
       coalesce(r.tickets_resolved_in_sla, 0) as tickets_resolved_in_sla, coalesce(ro.tickets_reopened, 0) as tickets_reopened,
       coalesce(c.csat_sum, 0) as csat_sum, coalesce(c.csat_count, 0) as csat_count,
       coalesce(c.attempts, 0) as attempts, coalesce(c.contacts, 0) as contacts, coalesce(c.conversions, 0) as conversions,
       coalesce(ap.appointments_booked, 0) as appointments_booked, coalesce(ap.appointments_due, 0) as appointments_due,
       coalesce(ap.appointments_held, 0) as appointments_held,
       coalesce(s.sales, 0) as sales, coalesce(s.revenue, 0) as revenue,
       coalesce(st.logged_seconds, 0) as logged_seconds, coalesce(st.available_seconds, 0) as available_seconds,
       coalesce(c.work_seconds, 0) as work_seconds,
       -- the month's ratios, as the reports show them
       round(c.inbound_handle_seconds::numeric / nullif(c.calls_handled, 0), 2) as aht,
       round(100.0 * o.tickets_first_contact / nullif(o.tickets_opened, 0), 2) as fcr,
       round(100.0 * c.conversions / nullif(c.contacts, 0), 2) as conversion_rate
from ag
left join calls c on c.agent_id = ag.id
left join opened o on o.agent_id = ag.id
left join resolved r on r.agent_id = ag.id
left join reopened ro on ro.agent_id = ag.id
left join sales s on s.agent_id = ag.id
left join appointments ap on ap.agent_id = ag.id
left join states st on st.agent_id = ag.id
order by ag.id;
