namespace InternalControl.Application.Delivery;

/// <summary>
/// The SMTP server e-mail goes through (configuration section <c>Outbox:Smtp</c>). The password is a secret:
/// <see cref="ToString"/> leaves it and the user out, and nothing here is ever logged.
/// </summary>
public sealed class SmtpSettings
{
    /// <summary>The server's host name (required).</summary>
    public required string Host { get; init; }

    /// <summary>The port; 25 unless set.</summary>
    public int Port { get; init; } = 25;

    /// <summary>The sender's address, e.g. <c>school97@example.kg</c> (required).</summary>
    public required string From { get; init; }

    /// <summary><c>none</c>, <c>starttls</c>, <c>ssl</c> or <c>auto</c> (MailKit's choice by port).</summary>
    public string Security { get; init; } = "auto";

    /// <summary>The user to sign in as; no sign-in when empty.</summary>
    public string? User { get; init; }

    /// <summary>The user's password.</summary>
    public string? Password { get; init; }

    /// <summary>How long one try may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The host and port only.</summary>
    public override string ToString() => $"smtp {Host}:{Port}";
}
