namespace InternalControl.Storage.Contacts;

/// <summary>
/// The channels through which each person of a school is reached, in their order of preference. Reached as
/// <c>SchoolDatabase.Contacts</c>; written by the import (contacts.csv) and by <see cref="Save"/>.
/// </summary>
public interface IContactStore
{
    /// <summary>A person's channels, preferred first.</summary>
    IReadOnlyList<Contact> Of(long schoolId, string personKind, string personId);

    /// <summary>Adds or replaces each contact's channel of its person (the other channels of that person stay).</summary>
    void Save(long schoolId, IReadOnlyList<Contact> contacts);
}
