-- Every task of a client's journey shows the client's earlier orders (the "Client history" of its briefing), so the
-- orders are read by client each time a journey task is created, an inquiry's first task included. Without an index
-- that read went through every order of every client (PostgreSQL indexes no foreign key by itself).
create index customer_order_client on customer_order (client_id, created_at);
