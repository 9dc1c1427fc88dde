/** The keys live in their own framework-free folder (../customer-keys); this path stays for existing imports. */
export * from '../customer-keys';
