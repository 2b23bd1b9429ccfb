using FluentMigrator;
using InternalControl.Storage.Migrations;

namespace InternalControl.Workflows.Storage.Migrations;

/// <summary>
/// The tries each delivery channel has taken in each minute, across every school and process on the database: a
/// provider's limit (an SMS gateway's messages a minute, the Telegram bot's) is the host's account's, shared by the
/// district's workers, so it is counted where they all see it.
/// </summary>
[Migration(2402, "Channel rate windows")]
public sealed class M2402_ChannelWindows : PortableMigration
{
    public override void Up() => Sql(
        """
        CREATE TABLE wf_channel_windows (
            channel TEXT NOT NULL,
            window_start TEXT NOT NULL,
            used INTEGER NOT NULL,
            PRIMARY KEY (channel, window_start)
        );
        """);

    public override void Down() => Sql("DROP TABLE wf_channel_windows;");
}
