using Dapper;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;
using InternalControl.Localization;
using InternalControl.Storage.Database;
using Microsoft.Data.Sqlite;
using System.Data.Common;

namespace InternalControl.Storage.Schools;

/// <summary>The school store on SQLite and PostgreSQL (the same SQL on both). Every query is scoped to one school; all SQL is parameterised.</summary>
internal sealed class SqlSchoolStore(SchoolDatabase database) : ISchoolStore
{
    /// <inheritdoc/>
    public School CreateSchool(string name, Country country, IReadOnlyList<Language> languages, bool rural, string year)
    {
        using var connection = database.OpenConnection();
        var id = connection.ExecuteScalar<long>(
            "INSERT INTO schools (name, country, languages, rural, year) VALUES (@name, @country, @languages, @rural, @year) RETURNING id",
            new { name, country = country.Code(), languages = string.Join(",", languages.Select(l => l.Code())), rural, year });
        return new School(id, name, country, languages, rural, year);
    }

    /// <inheritdoc/>
    public IReadOnlyList<School> Schools()
    {
        using var connection = database.OpenConnection();
        return connection.Query<SchoolRow>("SELECT id, name, country, languages, rural, year, six_day_week AS SixDayWeek FROM schools ORDER BY id")
            .Select(r => r.ToSchool()).ToList();
    }

    /// <inheritdoc/>
    public School? FindSchool(string name) => Schools().FirstOrDefault(s => s.Name == name);

    /// <inheritdoc/>
    public void SetYear(long schoolId, string year)
    {
        using var connection = database.OpenConnection();
        connection.Execute("UPDATE schools SET year = @year WHERE id = @schoolId", new { schoolId, year });
    }

    /// <inheritdoc/>
    public string? RuleEngine(long schoolId)
    {
        using var connection = database.OpenConnection();
        return connection.ExecuteScalar<string?>("SELECT rule_engine FROM schools WHERE id = @schoolId", new { schoolId });
    }

    /// <inheritdoc/>
    public void SetRuleEngine(long schoolId, string engine)
    {
        using var connection = database.OpenConnection();
        connection.Execute("UPDATE schools SET rule_engine = @engine WHERE id = @schoolId", new { schoolId, engine });
    }

    /// <inheritdoc/>
    /// <remarks>Every request of a host reads it, so on a leased connection with the statement kept prepared.</remarks>
    public SchoolStamp Stamp(long schoolId)
    {
        using var lease = database.Lease();
        return lease.Commands.Single(
                SchoolStamp.ReadSql, null, row => new SchoolStamp(row.GetInt64(0), row.GetInt64(1), row.GetInt64(2), row.GetStringOrNull(3), row.GetString(4)), ("@school", schoolId))
            ?? throw new InvalidOperationException("The school does not exist.");
    }

    /// <inheritdoc/>
    public void SetSixDayWeek(long schoolId, bool sixDayWeek)
    {
        using var connection = database.OpenConnection();
        connection.Execute("UPDATE schools SET six_day_week = @days WHERE id = @schoolId", new { schoolId, days = sixDayWeek ? 1 : 0 });
    }

    /// <inheritdoc/>
    public SchoolData Load(School school) => Load(school, journal: true);

    /// <inheritdoc/>
    public SchoolData LoadWithoutJournal(School school) => Load(school, journal: false);

    private SchoolData Load(School school, bool journal)
    {
        using var connection = database.OpenConnection();
        using var tx = SchoolDatabase.BeginSnapshot(connection);
        var p = new { schoolId = school.Id };
        var classes = connection.Query<(string Id, string Name, long Grade, string Language, string? Teacher, string? Marked)>(
            "SELECT id, name, grade_level, language, class_teacher_id, marked FROM classes WHERE school_id = @schoolId ORDER BY id", p, tx)
            .Select(r => new ClassGroup(r.Id, r.Name, (int)r.Grade, Lang(r.Language), r.Teacher) { Marked = r.Marked switch { "yes" => true, "no" => false, _ => null } }).ToList();
        var staff = connection.Query<(string Id, string Name, string Language, string Roles)>(
            "SELECT id, full_name, language, roles FROM staff WHERE school_id = @schoolId ORDER BY id", p, tx)
            .Select(r => new Staff(r.Id, r.Name, Lang(r.Language), Roles(r.Roles))).ToList();
        var pupils = connection.Query<(string Id, string Name, string ClassId, string Birth)>(
            "SELECT id, full_name, class_id, birth_date FROM pupils WHERE school_id = @schoolId ORDER BY id", p, tx)
            .Select(r => new Pupil(r.Id, r.Name, r.ClassId, IsoDate.Parse(r.Birth))).ToList();
        var parents = connection.Query<(string Id, string Name, string PupilId, string Language, string? Phone, string? Email)>(
            "SELECT id, full_name, pupil_id, language, phone, email FROM parents WHERE school_id = @schoolId ORDER BY pupil_id, id", p, tx)
            .Select(r => new Parent(r.Id, r.Name, r.PupilId, Lang(r.Language), r.Phone, r.Email)).ToList();
        var subjects = connection.Query<(string Id, string Kk, string Ky, string Ru, string En)>(
            "SELECT id, name_kk, name_ky, name_ru, name_en FROM subjects WHERE school_id = @schoolId ORDER BY id", p, tx)
            .Select(r => new Subject(r.Id, r.Kk, r.Ky, r.Ru, r.En)).ToList();
        var teaching = connection.Query<(string ClassId, string SubjectId, string TeacherId, double? Hours)>(
            "SELECT class_id, subject_id, teacher_id, CAST(weekly_hours AS DOUBLE PRECISION) FROM teaching WHERE school_id = @schoolId ORDER BY class_id, subject_id", p, tx)
            .Select(r => new Teaching(r.ClassId, r.SubjectId, r.TeacherId, r.Hours is { } h ? (decimal)h : null)).ToList();
        var marks = journal ? ReadMarks(connection, tx, school.Id) : [];
        var absences = !journal ? [] : connection.Query<(string PupilId, string Date, long Lessons, string Excuse, string? Document)>(
            "SELECT pupil_id, date, lessons, excuse, document FROM absences WHERE school_id = @schoolId ORDER BY pupil_id, date", p, tx)
            .Select(r => new Absence(r.PupilId, IsoDate.Parse(r.Date), (int)r.Lessons, Excuse(r.Excuse), r.Document)).ToList();
        var qualifications = connection.Query<(string StaffId, string Category, string? Attested, string? Trained)>(
            "SELECT staff_id, category, attested, trained FROM teacher_qualifications WHERE school_id = @schoolId ORDER BY staff_id", p, tx)
            .Select(r => new TeacherQualification(
                r.StaffId,
                QualificationCategories.TryParse(r.Category, out var category) ? category : QualificationCategory.Pedagogue,
                r.Attested is { } a ? IsoDate.Parse(a) : null,
                r.Trained is { } t ? IsoDate.Parse(t) : null)).ToList();
        tx.Commit();
        return new SchoolData(school, classes, staff, pupils, parents, subjects, teaching, marks, absences) { Qualifications = qualifications };
    }

    /// <inheritdoc/>
    public ISchoolImport BeginImport(long schoolId) => SqlSchoolImport.Begin(database, schoolId);

    /// <inheritdoc/>
    public SchoolChanges ChangesSince(long schoolId, long dataVersion)
    {
        using var connection = database.OpenConnection();
        using var tx = SchoolDatabase.BeginSnapshot(connection);
        var row = connection.QuerySingle<(long DataVersion, long ShapeVersion, long PolicyVersion, string? RuleEngine, string Year)>(SchoolStamp.ReadSql, new { school = schoolId }, tx);
        var stamp = new SchoolStamp(row.DataVersion, row.ShapeVersion, row.PolicyVersion, row.RuleEngine, row.Year);
        var corrected = connection.ExecuteScalar<long>(
            "SELECT (SELECT COUNT(*) FROM marks WHERE school_id = @schoolId AND changed_in > @dataVersion AND added_in <= @dataVersion)" +
            " + (SELECT COUNT(*) FROM absences WHERE school_id = @schoolId AND changed_in > @dataVersion AND added_in <= @dataVersion)",
            new { schoolId, dataVersion }, tx) > 0;
        if (corrected)
        {
            return new SchoolChanges(stamp, [], [], Corrected: true);
        }

        var marks = ReadMarks(connection, tx, schoolId, dataVersion);
        var absences = connection.Query<(string PupilId, string Date, long Lessons, string Excuse, string? Document)>(
            "SELECT pupil_id, date, lessons, excuse, document FROM absences WHERE school_id = @schoolId AND changed_in > @dataVersion ORDER BY pupil_id, date",
            new { schoolId, dataVersion }, tx)
            .Select(r => new Absence(r.PupilId, IsoDate.Parse(r.Date), (int)r.Lessons, Excuse(r.Excuse), r.Document)).ToList();
        tx.Commit();
        return new SchoolChanges(stamp, marks, absences, Corrected: false);
    }

    /// <summary>The school's marks in load order; with <paramref name="changedAfter"/>, only those written after that data version.</summary>
    private static List<Mark> ReadMarks(DbConnection connection, DbTransaction tx, long schoolId, long? changedAfter = null)
    {
        // A plain reader, not Dapper's mapping: a district term holds millions of marks; on SQLite the statement itself.
        var sql = "SELECT pupil_id, subject_id, date, value, kind, max_points FROM marks WHERE school_id = @school" +
            (changedAfter is null ? "" : " AND changed_in > @after") + " ORDER BY pupil_id, subject_id, date, kind, seq";
        if (connection is SqliteConnection sqlite)
        {
            return SqliteMarkReader.Read(sqlite, sql, schoolId, changedAfter);
        }

        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        var school = command.CreateParameter();
        school.ParameterName = "@school";
        school.Value = schoolId;
        command.Parameters.Add(school);
        if (changedAfter is { } after)
        {
            var version = command.CreateParameter();
            version.ParameterName = "@after";
            version.Value = after;
            command.Parameters.Add(version);
        }

        using var reader = command.ExecuteReader();
        var marks = new List<Mark>();
        var pupils = new Dictionary<string, string>();
        var kinds = new Dictionary<string, MarkKind>();
        var dates = new Dictionary<string, DateOnly>();
        while (reader.Read())
        {
            var pupil = Intern(pupils, reader.GetString(0));
            var subject = Intern(pupils, reader.GetString(1));
            var dateText = reader.GetString(2);
            if (!dates.TryGetValue(dateText, out var date))
            {
                dates[dateText] = date = IsoDate.Parse(dateText);
            }

            var kindText = reader.GetString(4);
            if (!kinds.TryGetValue(kindText, out var kind))
            {
                kinds[kindText] = kind = Codes.TryParseMarkKind(kindText, out var k) ? k : MarkKind.Current;
            }

            marks.Add(new Mark(pupil, subject, date, reader.GetInt32(3), kind) { Max = reader.IsDBNull(5) ? null : reader.GetInt32(5) });
        }

        return marks;
    }

    private static string Intern(Dictionary<string, string> pool, string value)
    {
        if (pool.TryGetValue(value, out var existing))
        {
            return existing;
        }

        pool[value] = value;
        return value;
    }

    private static Language Lang(string code) => Languages.TryParse(code, out var l) ? l.Value : Language.En;

    private static AbsenceExcuse Excuse(string code) => Codes.TryParseExcuse(code, out var e) ? e : AbsenceExcuse.None;

    private static List<StaffRole> Roles(string codes) =>
        codes.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Codes.TryParseRole(c, out var r) ? r : (StaffRole?)null)
            .OfType<StaffRole>()
            .ToList();

    /// <summary>A row of schools; rural is SQLite's 0 or 1, or PostgreSQL's boolean.</summary>
    private sealed class SchoolRow
    {
        public long Id { get; init; }

        public string Name { get; init; } = "";

        public string Country { get; init; } = "";

        public string Languages { get; init; } = "";

        public object? Rural { get; init; }

        public string Year { get; init; } = "";

        public object? SixDayWeek { get; init; }

        public School ToSchool() => new(
            Id,
            Name,
            Codes.TryParseCountry(Country, out var c) ? c : InternalControl.Kernel.Schools.Country.Kg,
            Languages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Lang).ToList(),
            Convert.ToBoolean(Rural, System.Globalization.CultureInfo.InvariantCulture),
            Year)
        {
            SixDayWeek = SixDayWeek is not null and not DBNull && Convert.ToBoolean(SixDayWeek, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
