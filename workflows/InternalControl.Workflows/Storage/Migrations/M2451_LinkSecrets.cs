using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The tokens of sign-in links on their way: the outbox keeps a link's text with its token masked
/// (<see cref="Outbox.SignInLinks.Mask"/>), and the sender fills the token in from here. A row holds only what that needs
/// (the message, the token, until when it is valid), and goes once the message is delivered, has failed, or the
/// link has expired.
/// </summary>
[Migration(2451, "Sign-in link secrets")]
public sealed class M2451_LinkSecrets : PortableMigration
{
    public override void Up() => Sql(
        """
        CREATE TABLE wf_link_secrets (
            outbox_id INTEGER NOT NULL PRIMARY KEY,
            school_id INTEGER NOT NULL,
            secret TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        """);

    public override void Down() => Sql("DROP TABLE wf_link_secrets;");
}
