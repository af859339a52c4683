-- the team: each user's role (viewer, agent, editor, admin), since when and given by whom
CREATE TABLE team_member (
    user_name VARCHAR(200) NOT NULL PRIMARY KEY,
    role VARCHAR(20) NOT NULL,
    since TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by VARCHAR(200) NOT NULL
);
