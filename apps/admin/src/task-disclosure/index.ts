/** The public preview of a task (issue 10 #4, #8): a page of its own and a panel the task detail embeds. */
export { TaskPublicPreviewPanel } from './TaskPublicPreviewPanel';
export { TaskPublicPreviewPage } from './TaskPublicPreviewPage';
