-- An amount has its currency's decimals (ISO 4217 minor units): none for JPY, 2 for USD, 3 for BHD and KWD, 4 for
-- CLF. Two decimals kept a 1.235 BHD unit price as 1.24 in the amount due and a payment of 1.234 BHD as 1.23.
-- Seventeen digits before the point as before; the order module writes each amount with its currency's decimals.
alter table customer_order alter column amount set data type decimal(21, 4);
alter table order_payment alter column amount set data type decimal(21, 4);
