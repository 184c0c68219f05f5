-- API tokens (issue 19): programs call /api with "Authorization: Bearer cuffia_…" instead of a password,
-- so a call costs an index lookup, not a PBKDF2. Only the token's SHA-256 is stored.
create table api_token (
    id           bigint primary key,
    version      bigint not null default 0,
    user_id      bigint not null references app_user (id),
    name         varchar(80) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint uk_api_token_hash unique (token_hash)
);
-- a user's own tokens on the account page
create index ix_api_token_user on api_token (user_id, created_at);
-- the admins' list of working tokens
create index ix_api_token_working on api_token (expires_at, revoked_at);
