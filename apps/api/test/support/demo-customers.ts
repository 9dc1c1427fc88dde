/** Demo customers per tenant in the shared test database (global-setup seeds them; demo-customers.spec reads them). */
export const TEST_DEMO_CUSTOMERS = 120;
