using InternalControl.Kernel.Plans;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Contacts;

namespace InternalControl.Application.Import;

/// <summary>
/// Compares the rows an import read with what the school holds, by the keys the write upserts on, to count what it
/// would add, change and leave as it is. Marks that share pupil, subject, date and kind are matched in order, as the
/// write numbers them.
/// </summary>
internal static class ImportComparison
{
    public static IReadOnlyList<ImportChange> Compare(ImportBatch batch, SchoolData stored, Func<string, string, IReadOnlyList<Contact>> contactsOf, IReadOnlyList<PlanControl> storedPlan)
    {
        return
        [
            Count("classes", batch.Classes.Values, stored.Classes, c => c.Id, (a, b) => a == b),
            Count("staff", batch.Staff.Values, stored.Staff, s => s.Id, SameStaff),
            Count("pupils", batch.Pupils.Values, stored.Pupils, p => p.Id, (a, b) => a == b),
            Count("parents", batch.Parents.Values, stored.Parents, p => (p.Id, p.PupilId), (a, b) => a == b),
            Count("subjects", batch.Subjects.Values, stored.Subjects, s => s.Id, (a, b) => a == b),
            Count("teaching", batch.Teaching.Values, stored.Teaching, t => (t.ClassId, t.SubjectId), (a, b) => a == b),
            Marks(batch.Marks, stored.Marks),
            Count("absences", batch.Absences.Values, stored.Absences, a => (a.PupilId, a.Date), (a, b) => a == b),
            Contacts(batch.Contacts.Values, contactsOf),

            // A plan file replaces the plan: its rows are matched by their code.
            Count("plan", batch.Plan ?? [], batch.Plan is null ? [] : storedPlan, c => c.Id, (a, b) => a with { Months = b.Months } == b && a.Months.SequenceEqual(b.Months)),
            Count(ImportReader.QualificationsEntity, batch.Qualifications.Values, stored.Qualifications, q => q.StaffId, (a, b) => a == b),
        ];
    }

    private static ImportChange Count<T, TKey>(string entity, IReadOnlyList<T> read, IReadOnlyList<T> stored, Func<T, TKey> key, Func<T, T, bool> same)
        where TKey : notnull
    {
        var held = new Dictionary<TKey, T>();
        foreach (var row in stored)
        {
            held.TryAdd(key(row), row);
        }

        int added = 0, changed = 0, unchanged = 0;
        foreach (var row in read)
        {
            if (!held.TryGetValue(key(row), out var old))
            {
                added++;
            }
            else if (same(old, row))
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return new ImportChange(entity, added, changed, unchanged);
    }

    private static bool SameStaff(Staff a, Staff b) =>
        a.Id == b.Id && a.FullName == b.FullName && a.Language == b.Language && a.Roles.SequenceEqual(b.Roles);

    private static ImportChange Marks(IReadOnlyList<Mark> read, IReadOnlyList<Mark> stored)
    {
        // The n-th mark of a pupil, subject, day and kind lands on the stored n-th one (SchoolRows.Marks).
        var held = new Dictionary<(string, string, DateOnly, MarkKind, int), Mark>();
        var seen = new Dictionary<(string, string, DateOnly, MarkKind), int>();
        foreach (var mark in stored)
        {
            held[Numbered(mark, seen)] = mark;
        }

        seen.Clear();
        int added = 0, changed = 0, unchanged = 0;
        foreach (var mark in read)
        {
            if (!held.TryGetValue(Numbered(mark, seen), out var old))
            {
                added++;
            }
            else if (old == mark)
            {
                unchanged++;
            }
            else
            {
                changed++;
            }
        }

        return new ImportChange("marks", added, changed, unchanged);
    }

    private static (string, string, DateOnly, MarkKind, int) Numbered(Mark mark, Dictionary<(string, string, DateOnly, MarkKind), int> seen)
    {
        var key = (mark.PupilId, mark.SubjectId, mark.Date, mark.Kind);
        var n = seen.GetValueOrDefault(key) + 1;
        seen[key] = n;
        return (mark.PupilId, mark.SubjectId, mark.Date, mark.Kind, n);
    }

    private static ImportChange Contacts(IReadOnlyList<Contact> read, Func<string, string, IReadOnlyList<Contact>> contactsOf)
    {
        var stored = read.Select(c => (c.PersonKind, c.PersonId)).Distinct()
            .SelectMany(p => contactsOf(p.PersonKind, p.PersonId))
            .ToList();
        return Count("contacts", read, stored, c => (c.PersonKind, c.PersonId, c.Channel), (a, b) => a == b) with { Entity = "contacts" };
    }
}
