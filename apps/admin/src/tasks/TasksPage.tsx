import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../layout/StatusPages';
import { TaskCreate } from './TaskCreate';
import { TaskDetailPage } from './TaskDetail';
import { TaskList } from './TaskList';
import '../customers/screens.css';

/** /app/tasks: the task list, a new task and a task's detail with its plan. */
export function TasksPage() {
  return (
    <Routes>
      <Route index element={<TaskList />} />
      <Route path="new" element={<TaskCreate />} />
      <Route path=":id" element={<TaskDetailPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
