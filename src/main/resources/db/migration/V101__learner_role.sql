-- People with the role learner sign in to practise mock interviews (API keys keep the three roles).
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('admin', 'reviewer', 'client', 'learner'));
