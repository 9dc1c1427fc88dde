import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../layout/StatusPages';
import { VocDetail } from './VocDetail';
import { VocInbox } from './VocInbox';
import { VocIntake } from './VocIntake';
import '../customers/screens.css';
import './petitions.css';

/** /app/petitions: the inbox, intake and a case's detail. */
export function PetitionsPage() {
  return (
    <Routes>
      <Route index element={<VocInbox />} />
      <Route path="new" element={<VocIntake />} />
      <Route path=":id" element={<VocDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
