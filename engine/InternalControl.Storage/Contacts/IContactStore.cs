namespace InternalControl.Storage.Contacts;

/// <summary>
/// The channels through which each person of a school is reached, in their order of preference. Reached as
/// <c>SchoolDatabase.Contacts</c>; written by the import (contacts.csv) and by <see cref="Save"/>.
/// </summary>
public interface IContactStore
{
    /// <summary>A person's channels, preferred first.</summary>
    IReadOnlyList<Contact> Of(long schoolId, string personKind, string personId);

    /// <summary>Every channel of every person of one kind (<see cref="Contact.Staff"/> or <see cref="Contact.Parent"/>) of the school.</summary>
    IReadOnlyList<Contact> OfKind(long schoolId, string personKind);

    /// <summary>Adds or replaces each contact's channel of its person (the other channels of that person stay).</summary>
    void Save(long schoolId, IReadOnlyList<Contact> contacts);

    /// <summary>Replaces all of one person's channels with <paramref name="contacts"/> (a channel left out is removed), in one transaction.</summary>
    void Replace(long schoolId, string personKind, string personId, IReadOnlyList<Contact> contacts);

    /// <summary>A new one-time code (8 digits) that links a messenger chat to the person until <paramref name="expiresAt"/>.</summary>
    string IssueLinkCode(long schoolId, string personKind, string personId, DateTimeOffset expiresAt);

    /// <summary>
    /// Uses a link code: the person's Telegram contact becomes <paramref name="chatId"/> (at its old preference, or after
    /// their other channels). Null when the code is unknown, used or expired at <paramref name="now"/>.
    /// </summary>
    Contact? Link(long schoolId, string code, string chatId, DateTimeOffset now);
}
