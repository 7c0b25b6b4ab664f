-- An order shipped in several containers or parcels has a tracking number for each: tracking_number keeps the first (the
-- shipment's trackingNumber), this the others in the order they were reported (additionalTrackingNumbers), one a line;
-- null for a shipment of one part. The client's tracking-number email lists them all.
alter table customer_order add column additional_tracking_numbers varchar(2100);
