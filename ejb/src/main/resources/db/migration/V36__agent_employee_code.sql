-- Issue 16 §4: the payroll office imports the month by the employee's code (matricola), not by a login name.
alter table agent add column employee_code varchar(20);
create unique index uk_agent_employee_code on agent (employee_code);
