using System.Globalization;
using InternalControl.Kernel.Schools;

namespace InternalControl.Application.Import;

/// <summary>subjects.csv, teaching.csv, marks.csv and absences.csv.</summary>
internal sealed partial class ImportReader
{
    // Half an hour a week is the least a working curriculum gives a subject; 40 is above any class's weekly load.
    private const decimal MinWeeklyHours = 0.5m;
    private const decimal MaxWeeklyHours = 40m;

    private void ReadSubjects()
    {
        using var table = Open("subjects", ["subject_id", "name_kk", "name_ky", "name_ru", "name_en"]);
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var id = Required(table, 0);
            var kk = Required(table, 1);
            var ky = Required(table, 2);
            var ru = Required(table, 3);
            var en = Required(table, 4);
            if (id is not null)
            {
                _subjects.Add(id);
            }

            Batch.Counts["subjects"]++;
            if (id is null || kk is null || ky is null || ru is null || en is null)
            {
                continue;
            }

            Add(Batch.Subjects, id, new Subject(id, kk, ky, ru, en), table, 0, id);
        }

        Close("subjects", table);
    }

    private void ReadTeaching()
    {
        using var table = Open("teaching", ["class_id", "subject_id", "teacher_id"], "weekly_hours");
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var classId = Required(table, 0);
            Refers(table, 0, classId, "classes");
            var subjectId = Required(table, 1);
            Refers(table, 1, subjectId, "subjects");
            var teacherId = Required(table, 2);
            Refers(table, 2, teacherId, "staff");
            var hours = WeeklyHours(table, 3);
            Batch.Counts["teaching"]++;
            if (classId is null || subjectId is null || teacherId is null || hours == 0)
            {
                continue;
            }

            var teaching = new Teaching(classId, subjectId, teacherId, hours);
            Add(Batch.Teaching, (classId, subjectId), teaching, table, 2, classId + " / " + subjectId);
        }

        Close("teaching", table);
    }

    /// <summary>
    /// The optional weekly hours of a subject in a class: a number from 0.5 to 40 (a decimal point or comma, as
    /// Excel writes it in Russian and Kazakh), so that "1" separates the subjects with a lower unit-summative limit
    /// (seed 001 R31). Null when the cell is empty; 0 (reported) when it is wrong.
    /// </summary>
    private decimal? WeeklyHours(CsvTable table, int column)
    {
        var text = Optional(table, column);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours))
        {
            Error(table, column, "Import.BadWeeklyHours", text);
            return 0;
        }

        if (hours < MinWeeklyHours || hours > MaxWeeklyHours)
        {
            Error(table, column, "Import.OutOfRange", hours, MinWeeklyHours, MaxWeeklyHours);
            return 0;
        }

        return hours;
    }

    private void ReadMarks()
    {
        using var table = Open("marks", ["pupil_id", "subject_id", "date", "value", "kind"], "max_points");
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var pupilId = Required(table, 0);
            Refers(table, 0, pupilId, "pupils");
            var subjectId = Required(table, 1);
            Refers(table, 1, subjectId, "subjects");
            var date = Date(table, 2, bounds.YearStart, bounds.YearEnd, "Import.MarkDateOutsideYear");
            var kind = Code<MarkKind>(table, 4, Codes.TryParseMarkKind, "Import.UnknownMarkKind", Codes.MarkKindCodeList);
            var (max, maxValid) = MaxPoints(table, 5, kind);
            var value = MarkValue(table, 3, kind, max);
            Batch.Counts["marks"]++;
            if (pupilId is null || subjectId is null || date is null || kind is null || value is null || !maxValid)
            {
                continue;
            }

            // In file order: the store tells the marks of one pupil, subject, date and kind apart by it.
            Batch.Marks.Add(new Mark(pupilId, subjectId, date.Value, value.Value, kind.Value) { Max = max });
        }

        Close("marks", table);
    }

    /// <summary>
    /// The value on its kind's scale: 1-5, formative points 1-10 (seed 001 R29), a summative's points 0 to its
    /// maximum (or a percent 0-100 when the file gives no maximum).
    /// </summary>
    private int? MarkValue(CsvTable table, int column, MarkKind? kind, int? outOf)
    {
        var (min, max) = kind is { } k ? Mark.Range(k) : (0, 100);
        var value = Integer(table, column, int.MinValue, int.MaxValue);
        if (value is null || kind is null)
        {
            return null;
        }

        if (outOf is { } points && value > points && value >= min)
        {
            Error(table, column, "Import.PointsOverMax", value, points);
            return null;
        }

        if (value < min || value > max)
        {
            Error(table, column, "Import.MarkOutOfRange", value, Codes.Code(kind.Value), min, max);
            return null;
        }

        return value;
    }

    /// <summary>
    /// The optional maximum points of a summative (СОР, СОЧ): a whole number from 1 to 100. Kazakh journals keep
    /// summatives as points out of the specification's maximum (seed 001 R30); the percent is computed from them.
    /// Other kinds have a fixed scale, so a maximum beside them is an error. Valid is false when it was reported.
    /// </summary>
    private (int? Max, bool Valid) MaxPoints(CsvTable table, int column, MarkKind? kind)
    {
        var text = Optional(table, column);
        if (text is null)
        {
            return (null, true);
        }

        if (kind is { } k && !Mark.HasMax(k))
        {
            Error(table, column, "Import.MaxPointsNotForKind", text, Codes.Code(k));
            return (null, false);
        }

        var max = Integer(table, column, 1, Mark.MaxPoints);
        return (max, max is not null);
    }

    private void ReadAbsences()
    {
        using var table = Open("absences", ["pupil_id", "date", "lessons", "excuse"], "document");
        if (table is null)
        {
            return;
        }

        while (table.Next())
        {
            var pupilId = Required(table, 0);
            Refers(table, 0, pupilId, "pupils");
            var date = Date(table, 1);
            var lessons = Integer(table, 2, 1, 12);
            var excuse = Code<AbsenceExcuse>(table, 3, Codes.TryParseExcuse, "Import.UnknownExcuse", Codes.ExcuseCodeList);
            var document = Optional(table, 4);
            Batch.Counts["absences"]++;
            if (pupilId is null || date is null || lessons is null || excuse is null)
            {
                continue;
            }

            var absence = new Absence(pupilId, date.Value, lessons.Value, excuse.Value, document);
            Add(Batch.Absences, (pupilId, date.Value), absence, table, 1, pupilId + " / " + table.Get(1));
        }

        Close("absences", table);
    }
}
