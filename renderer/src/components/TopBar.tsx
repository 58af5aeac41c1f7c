import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ProjectInfo } from '../../../shared/domain/project';
import { useApi } from '../api/ApiContext';
import { toErrorInfo } from '../useDesk';
import { SaveIndicator } from './SaveIndicator';

/** The project's title (click to rename; Enter saves, Escape cancels) and its file. */
export function TopBar({ project }: { project: ProjectInfo }) {
  const api = useApi();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(project.title);
  const [error, setError] = useState<string | null>(null);

  const begin = () => {
    if (project.readOnly) return;
    setDraft(project.title);
    setError(null);
    setEditing(true);
  };
  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (draft.trim() === project.title) {
      setEditing(false);
      return;
    }
    try {
      await api.call('project.rename', { title: draft });
      setEditing(false);
    } catch (cause) {
      setError(toErrorInfo(cause).message);
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setEditing(false);
  };

  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">
        Copydesk
      </span>
      {editing ? (
        <form className="title-form" onSubmit={save}>
          <label className="visually-hidden" htmlFor="project-title">
            Project title
          </label>
          <input id="project-title" value={draft} maxLength={200} autoFocus onChange={(e) => setDraft(e.target.value)} onKeyDown={onKey} onBlur={() => void save()} />
          {error && (
            <span role="alert" className="field-error">
              {error}
            </span>
          )}
        </form>
      ) : (
        <h1 className="project-title">
          <button type="button" className="title-button" onClick={begin} title={project.readOnly ? project.title : 'Rename the project'} aria-label={`Project: ${project.title}${project.readOnly ? '' : '. Rename'}`}>
            {project.title}
          </button>
        </h1>
      )}
      <span className="file-name" title={project.path}>
        {project.fileName}
      </span>
      {project.readOnly ? <span className="badge badge-warn">Read-only: changes cannot be saved</span> : <SaveIndicator />}
    </header>
  );
}
