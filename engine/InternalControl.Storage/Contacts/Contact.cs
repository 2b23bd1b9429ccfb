namespace InternalControl.Storage.Contacts;

/// <summary>
/// One channel of one person: <paramref name="PersonKind"/> is <see cref="Staff"/> or <see cref="Parent"/>,
/// <paramref name="Preference"/> orders a person's channels (1 first). The address is personal data:
/// <see cref="ToString"/> leaves it out, so a contact written to a log or an exception message shows no address.
/// </summary>
public sealed record Contact(string PersonKind, string PersonId, ContactChannel Channel, string Address, int Preference)
{
    /// <summary>The kind of a member of staff.</summary>
    public const string Staff = "staff";

    /// <summary>The kind of a parent.</summary>
    public const string Parent = "parent";

    /// <summary>The person, channel and preference; never the address.</summary>
    public override string ToString() => $"{PersonKind}:{PersonId} {Channel.Code()} #{Preference}";
}
