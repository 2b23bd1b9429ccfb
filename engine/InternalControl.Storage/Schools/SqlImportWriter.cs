using System.Globalization;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Contacts;
using InternalControl.Storage.Database;
using InternalControl.Storage.Plans;

namespace InternalControl.Storage.Schools;

/// <summary>
/// Writes an import's rows inside its transaction: one prepared statement per table (the same SQL text on SQLite and
/// PostgreSQL), its values bound by position per row; on PostgreSQL the marks (a 2,000-pupil school sends about
/// 300,000) go by COPY and one upsert from the copied rows. Rows are
/// upserted by their key, so that the same rows written twice change nothing and corrected rows update in place.
/// </summary>
internal sealed class SqlImportWriter(CommandCache commands, WriteTransaction transaction, long schoolId)
{
    private int _changed;
    private int _reshaped;
    private long _version;

    /// <summary>
    /// Writes the rows; when any row of the school's data was added, changed or removed, raises the school's data version
    /// in the same transaction (<see cref="SchoolStamp"/>), and its shape version too when that was more than new or
    /// corrected marks and absences. Marks and absences record the version that added and last changed them. A row
    /// written again with the same values changes nothing, so an import of what is already there leaves the database
    /// as it was.
    /// </summary>
    public void Write(SchoolRows rows)
    {
        _version = Convert.ToInt64(commands.Scalar(SchoolStamp.BeginWriteSql, transaction, ("@school", schoolId)), CultureInfo.InvariantCulture);
        Upsert(UpsertSql("classes", ["id"], ["name", "grade_level", "language", "class_teacher_id", "marked"]), rows.Classes,
            c => [c.Id, c.Name, c.GradeLevel, c.Language.Code(), c.ClassTeacherId, c.Marked switch { true => "yes", false => "no", null => null }]);
        Upsert(UpsertSql("staff", ["id"], ["full_name", "language", "roles"]), rows.Staff,
            s => [s.Id, s.FullName, s.Language.Code(), string.Join("|", s.Roles.Select(r => r.Code()))]);
        Upsert(UpsertSql("pupils", ["id"], ["full_name", "class_id", "birth_date"]), rows.Pupils,
            p => [p.Id, p.FullName, p.ClassId, IsoDate.Text(p.BirthDate)]);
        Upsert(UpsertSql("parents", ["id", "pupil_id"], ["full_name", "language", "phone", "email"]), rows.Parents,
            p => [p.Id, p.PupilId, p.FullName, p.Language.Code(), p.Phone, p.Email]);
        Upsert(UpsertSql("subjects", ["id"], ["name_kk", "name_ky", "name_ru", "name_en"]), rows.Subjects,
            s => [s.Id, s.NameKk, s.NameKy, s.NameRu, s.NameEn]);
        Upsert(UpsertSql("teaching", ["class_id", "subject_id"], ["teacher_id", "weekly_hours"]), rows.Teaching,
            t => [t.ClassId, t.SubjectId, t.TeacherId, t.WeeklyHours is { } h ? (double)h : null]);
        Upsert(UpsertSql("teacher_qualifications", ["staff_id"], ["category", "attested", "trained"]), rows.Qualifications,
            q => [q.StaffId, q.Category.Code(), q.Attested is { } a ? IsoDate.Text(a) : null, q.Trained is { } t ? IsoDate.Text(t) : null]);
        _reshaped = _changed;
        WriteMarks(Numbered(rows.Marks));
        Upsert(UpsertSql("absences", ["pupil_id", "date"], ["lessons", "excuse", "document"], tracked: true), rows.Absences,
            a => [a.PupilId, IsoDate.Text(a.Date), a.Lessons, a.Excuse.Code(), a.Document], tracked: true);
        if (_changed == 0)
        {
            commands.Execute(SchoolStamp.UnchangedSql, transaction, ("@school", schoolId));
        }
        else if (_reshaped > 0)
        {
            commands.Execute(SchoolStamp.ReshapeSql, transaction, ("@school", schoolId));
        }

        // Contacts are not the school data a loaded school reads (delivery reads them when it sends), so they leave the version as it is.
        Upsert(SqlContactStore.UpsertSql, rows.Contacts, c => [c.PersonKind, c.PersonId, c.Channel.Code(), c.Address, c.Preference]);
        WritePlan(rows.Plan);
    }

    /// <summary>
    /// The plan is one document: a plan file replaces the school's plan as a whole. It is not the data rules read, so
    /// it leaves the data version as it is.
    /// </summary>
    private void WritePlan(IReadOnlyList<Kernel.Plans.PlanControl>? plan)
    {
        if (plan is null)
        {
            return;
        }

        commands.Execute(SqlPlanStore.DeleteSql, transaction, ("@school", schoolId));
        var args = Args(12);
        for (var i = 0; i < plan.Count; i++)
        {
            var c = plan[i];
            object?[] v =
            [
                c.Id, i + 1, c.Direction, c.Topic, Kernel.Plans.PlanCodes.Code(c.ObjectKind), c.ObjectId, c.Sheet,
                Kernel.Plans.PlanCodes.MonthsText(c.Months), c.ResponsibleId, Kernel.Plans.PlanCodes.Code(c.Venue),
                Kernel.Plans.PlanCodes.Code(c.Output), c.SecondMonth,
            ];
            for (var j = 0; j < v.Length; j++)
            {
                args[j + 1].Value = v[j];
            }

            commands.Execute(SqlPlanStore.InsertSql, transaction, args);
        }
    }

    /// <summary>
    /// The one shape of an import's upsert: insert by the school and <paramref name="keys"/>, or update
    /// <paramref name="values"/> only where one of them differs (null-safe), so that a row that is already there
    /// counts as no change. Values are bound by position, @p0 onwards: the keys, then the values. A
    /// <paramref name="tracked"/> table (marks, absences) records the write's version, @version, in <c>added_in</c> when
    /// the row is new and in <c>changed_in</c> when it is new or changed.
    /// </summary>
    internal static string UpsertSql(string table, IReadOnlyList<string> keys, IReadOnlyList<string> values, bool tracked = false)
    {
        var columns = keys.Concat(values).ToList();
        var parameters = columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture));
        var (trackedColumns, trackedValues, trackedSet) = tracked ? (", added_in, changed_in", ", @version, @version", ", changed_in = excluded.changed_in") : ("", "", "");
        return $"INSERT INTO {table} (school_id, {string.Join(", ", columns)}{trackedColumns}) VALUES (@school, {string.Join(", ", parameters)}{trackedValues}) " +
            $"ON CONFLICT (school_id, {string.Join(", ", keys)}) DO UPDATE SET {string.Join(", ", values.Select(v => $"{v} = excluded.{v}"))}{trackedSet} " +
            $"WHERE {string.Join(" OR ", values.Select(v => $"{table}.{v} IS DISTINCT FROM excluded.{v}"))}";
    }

    private void Upsert<T>(string sql, IReadOnlyList<T> rows, Func<T, object?[]> values, bool tracked = false)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var args = Args(values(rows[0]).Length, tracked);
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < v.Length; i++)
            {
                args[i + 1].Value = v[i];
            }

            _changed += commands.Execute(sql, transaction, args);
        }
    }

    /// <summary>
    /// The marks with their number among the marks of the same pupil, subject, date and kind (from 1, in order), the
    /// last part of a stored mark's key, so that the same marks written again land on the same rows.
    /// </summary>
    private static List<(Mark Mark, int Seq)> Numbered(IReadOnlyList<Mark> marks)
    {
        var numbered = new List<(Mark Mark, int Seq)>(marks.Count);
        var seqs = new Dictionary<(string, string, DateOnly, MarkKind), int>();
        foreach (var mark in marks)
        {
            var key = (mark.PupilId, mark.SubjectId, mark.Date, mark.Kind);
            var seq = seqs.TryGetValue(key, out var last) ? last + 1 : 1;
            seqs[key] = seq;
            numbered.Add((mark, seq));
        }

        return numbered;
    }

    private void WriteMarks(List<(Mark Mark, int Seq)> marks)
    {
        if (marks.Count == 0)
        {
            return;
        }

        var surplus = Surplus(marks);
        if (commands.IsPostgres)
        {
            CopyMarks(marks);
        }
        else
        {
            UpsertMarks(marks);
        }

        var args = Args(5);
        const string delete = "DELETE FROM marks WHERE school_id = @school AND pupil_id = @p0 AND subject_id = @p1 AND date = @p2 AND kind = @p3 AND seq = @p4";
        foreach (var (pupil, subject, date, kind, seq) in surplus)
        {
            args[1].Value = pupil;
            args[2].Value = subject;
            args[3].Value = date;
            args[4].Value = kind;
            args[5].Value = seq;
            var removed = commands.Execute(delete, transaction, args);
            _changed += removed;
            _reshaped += removed;
        }
    }

    /// <summary>
    /// PostgreSQL: the marks go in by COPY into a staging table that the transaction drops, then one upsert from it with
    /// the same conflict rule as <see cref="UpsertSql"/> (a region's 6 M marks in minutes, not hours, of round trips).
    /// </summary>
    private void CopyMarks(List<(Mark Mark, int Seq)> marks)
    {
        commands.Execute(
            "CREATE TEMP TABLE import_marks (pupil_id text, subject_id text, date text, kind text, seq integer, value integer, max_points integer) ON COMMIT DROP",
            transaction);
        var dates = new Dictionary<DateOnly, string>();
        commands.Copy(
            "COPY import_marks (pupil_id, subject_id, date, kind, seq, value, max_points) FROM STDIN (FORMAT BINARY)",
            transaction,
            marks.Select(m => new object?[] { m.Mark.PupilId, m.Mark.SubjectId, DateText(dates, m.Mark.Date), m.Mark.Kind.Code(), m.Seq, m.Mark.Value, m.Mark.Max }));
        _changed += commands.Execute(
            """
            INSERT INTO marks (school_id, pupil_id, subject_id, date, kind, seq, value, max_points, added_in, changed_in)
            SELECT @school, pupil_id, subject_id, date, kind, seq, value, max_points, @version, @version FROM import_marks
            ON CONFLICT (school_id, pupil_id, subject_id, date, kind, seq) DO UPDATE
                SET value = excluded.value, max_points = excluded.max_points, changed_in = excluded.changed_in
            WHERE marks.value IS DISTINCT FROM excluded.value OR marks.max_points IS DISTINCT FROM excluded.max_points
            """,
            transaction, ("@school", schoolId), ("@version", _version));
        commands.Execute("DROP TABLE import_marks", transaction);
    }

    private static string DateText(Dictionary<DateOnly, string> dates, DateOnly date)
    {
        if (!dates.TryGetValue(date, out var text))
        {
            dates[date] = text = IsoDate.Text(date);
        }

        return text;
    }

    /// <summary>
    /// SQLite: one prepared statement, its values bound by position per row. (Statements of many rows are no faster:
    /// binding, not the round trip, is the cost.)
    /// </summary>
    private void UpsertMarks(List<(Mark Mark, int Seq)> marks)
    {
        var args = Args(7, tracked: true);
        var upsert = UpsertSql("marks", ["pupil_id", "subject_id", "date", "kind", "seq"], ["value", "max_points"], tracked: true);
        var dates = new Dictionary<DateOnly, string>();
        foreach (var (mark, seq) in marks)
        {
            args[1].Value = mark.PupilId;
            args[2].Value = mark.SubjectId;
            args[3].Value = DateText(dates, mark.Date);
            args[4].Value = mark.Kind.Code();
            args[5].Value = seq;
            args[6].Value = mark.Value;
            args[7].Value = mark.Max;
            _changed += commands.Execute(upsert, transaction, args);
        }
    }

    /// <summary>
    /// The stored marks a corrected file no longer has: a day on which the file holds fewer marks of a pupil's
    /// subject than the database (a mark entered twice by mistake). The file is the truth for the days it
    /// covers, so those go. Only marks numbered 2 and up can be surplus, and they are few.
    /// </summary>
    private List<(string, string, string, string, long)> Surplus(List<(Mark Mark, int Seq)> marks)
    {
        var stored = commands.Many(
            "SELECT pupil_id, subject_id, date, kind, seq FROM marks WHERE school_id = @school AND seq > 1",
            transaction,
            row => (Key: (row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3)), Seq: row.GetInt64(4)),
            ("@school", schoolId));
        if (stored.Count == 0)
        {
            return [];
        }

        // The file's count per day, for the days that have stored marks numbered 2 and up.
        var counts = stored.Select(s => s.Key).Distinct().ToDictionary(k => k, _ => 0);
        foreach (var (mark, seq) in marks)
        {
            var key = (mark.PupilId, mark.SubjectId, IsoDate.Text(mark.Date), mark.Kind.Code());
            if (counts.TryGetValue(key, out var count) && seq > count)
            {
                counts[key] = seq;
            }
        }

        // A day the file does not hold at all is not the file's to correct.
        return stored.Where(s => counts[s.Key] > 0 && s.Seq > counts[s.Key])
            .Select(s => (s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Key.Item4, s.Seq))
            .ToList();
    }

    /// <summary>The school's id and <paramref name="count"/> values to set per row, named @p0, @p1, ...; then the write's @version when <paramref name="tracked"/>.</summary>
    private (string Name, object? Value)[] Args(int count, bool tracked = false)
    {
        var args = new (string Name, object? Value)[count + 1 + (tracked ? 1 : 0)];
        args[0] = ("@school", schoolId);
        for (var i = 0; i < count; i++)
        {
            args[i + 1] = ("@p" + i.ToString(CultureInfo.InvariantCulture), null);
        }

        if (tracked)
        {
            args[count + 1] = ("@version", _version);
        }

        return args;
    }
}
