namespace InternalControl.Workflows.Storage;

/// <summary>The tokens of sign-in links on their way (<see cref="Migrations.M2451_LinkSecrets"/>).</summary>
internal sealed partial class SqlWorkflowStore
{
    public void InsertLinkSecret(IWorkflowTransaction tx, long schoolId, long outboxId, string secret, string expiresAt) =>
        _commands.Execute(
            "INSERT INTO wf_link_secrets (outbox_id, school_id, secret, expires_at) VALUES (@outbox_id, @school_id, @secret, @expires_at)",
            Tx(tx),
            ("@outbox_id", outboxId), ("@school_id", schoolId), ("@secret", secret), ("@expires_at", expiresAt));

    public string? LinkSecret(long schoolId, long outboxId, string now) =>
        _commands.Many(
            "SELECT secret FROM wf_link_secrets WHERE outbox_id = @outbox_id AND school_id = @school_id AND expires_at > @now",
            null, row => row.GetString(0), ("@outbox_id", outboxId), ("@school_id", schoolId), ("@now", now)).FirstOrDefault();

    public void ForgetLinkSecret(long outboxId) =>
        _commands.Execute("DELETE FROM wf_link_secrets WHERE outbox_id = @outbox_id", null, ("@outbox_id", outboxId));

    public void ForgetExpiredLinkSecrets(string now) =>
        _commands.Execute("DELETE FROM wf_link_secrets WHERE expires_at <= @now", null, ("@now", now));
}
