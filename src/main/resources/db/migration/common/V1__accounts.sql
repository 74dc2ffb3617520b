-- Sites, accounts and everything signing in needs. Written for both H2 and PostgreSQL.

CREATE SEQUENCE site_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE site (
    id          BIGINT       NOT NULL PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    postal_code VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT site_name_unique UNIQUE (name)
);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
    id                BIGINT        NOT NULL PRIMARY KEY,
    username          VARCHAR(30)   NOT NULL,
    email             VARCHAR(254)  NOT NULL,
    display_name      VARCHAR(60)   NOT NULL,
    password_hash     VARCHAR(200)  NOT NULL,
    email_verified    BOOLEAN       NOT NULL,
    phone             VARCHAR(30),
    home_site_id      BIGINT        REFERENCES site (id),
    bio               VARCHAR(500),
    avatar_version    INTEGER       NOT NULL,
    session_epoch     INTEGER       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username),
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_avatar (
    account_id BIGINT      NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    image      BYTEA       NOT NULL,
    thumbnail  BYTEA       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Single-use links sent by e-mail (verification, password reset). Only a hash of the secret is kept.
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_token (
    id          BIGINT       NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL,
    secret_hash VARCHAR(64)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_token_secret_unique UNIQUE (secret_hash)
);
CREATE INDEX account_token_account ON account_token (account_id, purpose);

-- "Remember me" logins. Only a hash of the cookie's secret is kept.
CREATE TABLE remember_me_login (
    secret_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX remember_me_login_account ON remember_me_login (account_id);

-- Failed sign-ins, counted per account name and per client address.
CREATE TABLE sign_in_throttle (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE
);

-- E-mails waiting for the mail queue's consumer; a row is deleted once its mail is sent.
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outgoing_mail (
    id         BIGINT        NOT NULL PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
