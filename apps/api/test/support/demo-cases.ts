/** Demo petitions per tenant in the shared test database (global-setup seeds them; petition specs read them). */
export const TEST_DEMO_CASES = 300;
