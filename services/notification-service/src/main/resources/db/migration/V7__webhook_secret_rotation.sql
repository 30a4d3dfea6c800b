-- A subscription's secret can be replaced; the one before keeps signing deliveries beside the new one until
-- previous_secret_until, so that a receiver can change its key without losing a delivery.
alter table webhook_subscription add column previous_secret text;
alter table webhook_subscription add column previous_secret_until timestamptz;
