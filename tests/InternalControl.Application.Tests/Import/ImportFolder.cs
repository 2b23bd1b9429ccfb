using InternalControl.Application.Import;
using InternalControl.Kernel.Schools;
using InternalControl.Storage.Database;
using InternalControl.Localization;
using InternalControl.Testing;
using InternalControl.Testing.Databases;

namespace InternalControl.Application.Tests.Import;

/// <summary>A small valid import folder (two classes of a Kyrgyz school) on disk, and a school to import it into.</summary>
internal sealed class ImportFolder : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Valid = new Dictionary<string, string>
    {
        ["classes.csv"] = """
            class_id,name,grade_level,language,class_teacher_id
            7a,7А,7,ky,t1
            7b,7Б,7,ru,t2
            """,
        ["staff.csv"] = """
            staff_id,full_name,language,roles
            t1,Асанова Айгүл Бакытовна,ky,subject_teacher|class_teacher
            t2,Петрова Елена Сергеевна,ru,subject_teacher|class_teacher
            t3,Токтогулов Марат Эрмекович,ky,deputy_director
            """,
        ["pupils.csv"] = """
            pupil_id,full_name,class_id,birth_date
            p1,Мамыткулов Айбек Бакытович,7a,2013-04-12
            p2,Бакыт кызы Айпери,7a,2013-09-30
            p3,Иванов Илья Петрович,7b,2013-01-05
            """,
        ["parents.csv"] = """
            parent_id,full_name,pupil_id,language,phone,email
            g1,Мамыткулов Бакыт Асанович,p1,ky,+996 555 123 456,
            g2,Иванова Ольга Ивановна,p3,ru,+996 700 111 222,olga@example.org
            """,
        ["subjects.csv"] = """
            subject_id,name_kk,name_ky,name_ru,name_en
            math,Математика,Математика,Математика,Mathematics
            russian_language,Орыс тілі,Орус тили,Русский язык,Russian language
            """,
        ["teaching.csv"] = """
            class_id,subject_id,teacher_id
            7a,math,t1
            7b,math,t2
            7a,russian_language,t2
            """,
        ["marks.csv"] = """
            pupil_id,subject_id,date,value,kind
            p1,math,2026-09-14,2,current
            p1,math,2026-09-14,3,current
            p2,math,2026-09-15,5,current
            p3,russian_language,2026-09-16,4,current
            """,
        ["absences.csv"] = """
            pupil_id,date,lessons,excuse,document
            p1,2026-09-21,6,medical,справка №12
            p3,2026-09-22,6,none,
            """,
        ["contacts.csv"] = """
            person_kind,person_id,channel,address,preference
            parent,g1,sms,+996 555 123 456,1
            staff,t1,email,aigul@example.org,1
            staff,t2,email,elena@example.org,1
            """,
        ["teacher_qualifications.csv"] = """
            staff_id,category,attested,trained
            t1,expert,2021-05-20,2024-03-01
            """,
    };

    private readonly TempFolder _temp = new();
    private readonly TestDatabase _target;

    public ImportFolder(bool withFiles = true, Backend backend = Backend.Sqlite)
    {
        Path = _temp.File("import");
        Directory.CreateDirectory(Path);
        if (withFiles)
        {
            foreach (var (name, content) in Valid)
            {
                Write(name, content);
            }
        }

        _target = new TestDatabase(backend, _temp);
        Database = InternalControl.Application.Workspaces.Workspace.OpenDatabase(_target.Target);
        School = Database.Schools.CreateSchool("№31 «Келечек» орто мектеби", Country.Kg, [Language.Ky, Language.Ru], false, "2026-2027");
    }

    public string Path { get; }

    public SchoolDatabase Database { get; }

    public School School { get; }

    public void Write(string name, string content) => File.WriteAllText(System.IO.Path.Combine(Path, name), content + "\n");

    public void WriteBytes(string name, byte[] content) => File.WriteAllBytes(System.IO.Path.Combine(Path, name), content);

    public void Delete(string name) => File.Delete(System.IO.Path.Combine(Path, name));

    public ImportOutcome Import() => new SchoolImporter(Database).Import(School, Path);

    /// <summary>Rows per table for this school.</summary>
    public Dictionary<string, long> Rows()
    {
        using var connection = Database.OpenConnection();
        using var command = connection.CreateCommand();
        var rows = new Dictionary<string, long>();
        var school = command.CreateParameter();
        school.ParameterName = "@school";
        school.Value = School.Id;
        command.Parameters.Add(school);
        foreach (var table in new[] { "classes", "staff", "pupils", "parents", "subjects", "teaching", "marks", "absences", "contacts", "teacher_qualifications", "plan" })
        {
            command.CommandText = $"SELECT count(*) FROM {(table == "plan" ? "plan_controls" : table)} WHERE school_id = @school";
            rows[table] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public void Dispose()
    {
        _target.Dispose();
        _temp.Dispose();
    }
}
