import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../layout/StatusPages';
import { Customer360 } from './Customer360';
import { CustomerFormPage } from './CustomerForm';
import { CustomerList } from './CustomerList';
import './screens.css';

/** /app/customers: list, new, 360 view and edit. */
export function CustomersPage() {
  return (
    <Routes>
      <Route index element={<CustomerList />} />
      <Route path="new" element={<CustomerFormPage />} />
      <Route path=":id" element={<Customer360 />} />
      <Route path=":id/edit" element={<CustomerFormPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
