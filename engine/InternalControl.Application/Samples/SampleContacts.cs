using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Samples;

/// <summary>
/// The sample's contacts, taken from what the people files already hold (no draws, so the rest of a sample stays as it
/// was for the same seed): a parent by SMS first, then e-mail; a member of staff by e-mail at the school's domain.
/// </summary>
internal static class SampleContacts
{
    public static List<Contact> Of(SampleData data)
    {
        var contacts = new List<Contact>();
        foreach (var staff in data.Staff)
        {
            contacts.Add(new Contact(Contact.Staff, staff.Id, ContactChannel.Email, staff.Id + "@school.example.org", 1));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parent in data.Parents.Where(p => seen.Add(p.Id)))
        {
            var preference = 1;
            if (parent.Phone is { } phone)
            {
                contacts.Add(new Contact(Contact.Parent, parent.Id, ContactChannel.Sms, phone, preference++));
            }

            if (parent.Email is { } email)
            {
                contacts.Add(new Contact(Contact.Parent, parent.Id, ContactChannel.Email, email, preference));
            }
        }

        return contacts;
    }
}
