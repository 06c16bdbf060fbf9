import { useMe } from '../api/queries';
import { PageTitle } from '../shell/PageTitle';
import { BackupSection } from './BackupSection';
import { DeleteAccountSection } from './DeleteAccountSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';

/** `/settings`: password, signed-in devices, backups and deleting the account. */
export function SettingsPage() {
  const me = useMe();
  return (
    <div className="page-narrow settings">
      <PageTitle title="Settings">Settings</PageTitle>
      {me.data && (
        <p className="lead">
          Signed in as <strong>{me.data.email}</strong>.
        </p>
      )}
      <PasswordSection />
      <SessionsSection />
      <BackupSection />
      <DeleteAccountSection />
    </div>
  );
}
