using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Import;

/// <summary>staff.csv, classes.csv, pupils.csv and parents.csv.</summary>
internal sealed partial class ImportReader
{
    private static readonly char[] RoleSeparators = [';', '|', ','];

    private void ReadStaff()
    {
        using var table = Open("staff", ["staff_id", "full_name", "language", "roles"]);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            var name = Required(table, 1);
            var language = Language(table, 2, people: true);
            var roles = Roles(table, 3);
            if (id is not null)
            {
                _staff.Add(id);
            }

            Batch.Counts["staff"]++;
            if (id is null || name is null || language is null || roles is null)
            {
                continue;
            }

            var staff = new Staff(id, name, language.Value, roles);
            Add(Batch.Staff, id, staff, table, 0, id, SameStaff);
        }

        Close("staff", table);
    }

    /// <summary>Roles separated by ';' (inside quotes in a semicolon file), '|' or ','; at least one.</summary>
    private List<StaffRole>? Roles(CsvTable table, int column)
    {
        var text = Required(table, column);
        if (text is null)
        {
            return null;
        }

        var roles = new List<StaffRole>();
        var valid = true;
        foreach (var part in text.Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Codes.TryParseRole(part, out var role))
            {
                Error(table, column, "Import.UnknownRole", part, string.Join(", ", Codes.RoleCodeList));
                valid = false;
            }
            else if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        if (valid && roles.Count == 0)
        {
            Error(table, column, "Import.EmptyValue", table.Columns[column]);
        }

        return valid && roles.Count > 0 ? roles : null;
    }

    private static bool SameStaff(Staff a, Staff b) =>
        a.FullName == b.FullName && a.Language == b.Language && a.Roles.SequenceEqual(b.Roles);

    private void ReadClasses()
    {
        using var table = Open("classes", ["class_id", "name", "grade_level", "language"], "class_teacher_id", "marked");
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            var name = Required(table, 1);
            var grade = Integer(table, 2, 1, 11);
            var language = Language(table, 3, people: false);
            var teacher = Optional(table, 4);
            Refers(table, 4, teacher, "staff");
            var marked = Marked(table, 5);
            if (id is not null)
            {
                _classes.Add(id);
            }

            Batch.Counts["classes"]++;
            if (id is null || name is null || grade is null || language is null)
            {
                continue;
            }

            var group = new ClassGroup(id, name, grade.Value, language.Value, teacher) { Marked = marked };
            Add(Batch.Classes, id, group, table, 0, id);
        }

        Close("classes", table);
    }

    // 5.7: whether the class is marked (yes/no in any of the product's languages); empty leaves it to the policy.
    private bool? Marked(CsvTable table, int column)
    {
        var text = Optional(table, column);
        if (text is null)
        {
            return null;
        }

        if (MarkedYes.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (MarkedNo.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        Error(table, column, "Import.BadMarked", text);
        return null;
    }

    private static readonly string[] MarkedYes = ["yes", "да", "ооба", "иә"];
    private static readonly string[] MarkedNo = ["no", "нет", "жок", "жоқ"];

    private void ReadPupils()
    {
        using var table = Open("pupils", ["pupil_id", "full_name", "class_id", "birth_date"]);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            var name = Required(table, 1);
            var classId = Required(table, 2);
            Refers(table, 2, classId, "classes");
            var birth = Date(table, 3, ImportBounds.EarliestBirth, bounds.Today, "Import.BirthDateOutOfRange");
            if (id is not null)
            {
                _pupils.Add(id);
            }

            Batch.Counts["pupils"]++;
            if (id is null || name is null || classId is null || birth is null)
            {
                continue;
            }

            var pupil = new Pupil(id, name, classId, birth.Value);
            if (Batch.Pupils.TryAdd(id, pupil, table.Row, (a, b) => a == b, out var earlier, out var first))
            {
                continue;
            }

            if (earlier.ClassId != classId)
            {
                // A pupil is in exactly one class; two rows with two classes is a mistake in the export.
                Error(table, 2, "Import.PupilInTwoClasses", id, earlier.ClassId, first, classId);
            }
            else
            {
                Duplicate(table, 0, id, first);
            }
        }

        Close("pupils", table);
    }

    private void ReadParents()
    {
        using var table = Open("parents", ["parent_id", "full_name", "pupil_id", "language"], "phone", "email");
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            var name = Required(table, 1);
            var pupilId = Required(table, 2);
            Refers(table, 2, pupilId, "pupils");
            var language = Language(table, 3, people: true);
            var phone = Phone(table, 4);
            var email = Email(table, 5);
            if (id is not null)
            {
                _parents.Add(id);
            }

            Batch.Counts["parents"]++;
            if (id is null || name is null || pupilId is null || language is null || phone == "" || email == "")
            {
                continue;
            }

            var parent = new Parent(id, name, pupilId, language.Value, phone, email);
            Add(Batch.Parents, (id, pupilId), parent, table, 0, id + " / " + pupilId);
        }

        Close("parents", table);
    }

    /// <summary>An optional phone number: digits with +, spaces, dashes and brackets. "" when it is wrong.</summary>
    private string? Phone(CsvTable table, int column)
    {
        var text = Optional(table, column);
        if (text is null)
        {
            return null;
        }

        var digits = text.Count(char.IsAsciiDigit);
        if (digits < 5 || digits > 15 || text.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '(' or ')')))
        {
            Error(table, column, "Import.BadPhone", text);
            return "";
        }

        return text;
    }

    /// <summary>An optional e-mail address: something@something.domain. "" when it is wrong.</summary>
    private string? Email(CsvTable table, int column)
    {
        var text = Optional(table, column);
        if (text is null)
        {
            return null;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || text.IndexOf('.', at) < at + 2 || text.EndsWith('.') || text.Any(char.IsWhiteSpace) || text.Count(c => c == '@') != 1)
        {
            Error(table, column, "Import.BadEmail", text);
            return "";
        }

        return text;
    }
}
