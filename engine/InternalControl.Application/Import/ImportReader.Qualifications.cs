using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Import;

/// <summary>
/// teacher_qualifications.csv: each teacher's qualification category, the date of the last attestation (category
/// awarded or confirmed) and of the last professional-development course (seeds 001 and 003; Order No. 473). Both
/// dates are optional: empty means never, which the policy counts as due.
/// </summary>
internal sealed partial class ImportReader
{
    /// <summary>The earliest attestation or course date the import accepts: a teacher's career does not start before it.</summary>
    private static readonly DateOnly EarliestQualification = new(1970, 1, 1);

    /// <summary>The entity (and file) name of teachers' qualifications.</summary>
    internal const string QualificationsEntity = "teacher_qualifications";

    private void ReadQualifications()
    {
        using var table = Open(QualificationsEntity, ["staff_id", "category", "attested", "trained"]);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            Refers(table, 0, id, "staff");
            var category = Code<QualificationCategory>(table, 1, QualificationCategories.TryParse, "Import.UnknownCategory", QualificationCategories.CodeList);
            var attested = QualificationDate(table, 2, out var attestedOk);
            var trained = QualificationDate(table, 3, out var trainedOk);
            Batch.Counts[QualificationsEntity]++;
            if (id is null || category is null || !attestedOk || !trainedOk)
            {
                continue;
            }

            var row = new TeacherQualification(id, category.Value, attested, trained);
            Add(Batch.Qualifications, id, row, table, 0, id);
        }

        Close(QualificationsEntity, table);
    }

    /// <summary>An optional date from 1970 to today: null when empty (never); <paramref name="ok"/> false when it was wrong (reported).</summary>
    private DateOnly? QualificationDate(CsvTable table, int column, out bool ok)
    {
        ok = true;
        if (table.Get(column).Trim().Length == 0)
        {
            return null;
        }

        var date = Date(table, column, EarliestQualification, bounds.Today, "Import.QualificationDateOutOfRange");
        ok = date is not null;
        return date;
    }
}
