using InternalControl.Testing;
using static InternalControl.Cli.Tests.CsvSchool;

namespace InternalControl.Cli.Tests.District;

/// <summary>
/// Two small schools imported from CSV, whose quarter figures the district reports' tests work out by hand: a Kyrgyz
/// school with recorded quarter marks and absences, and a Kazakh school whose quarter marks come from summative points
/// (seed 001 R33, 50/50, the percent scale of R39).
/// </summary>
internal static class DistrictSchools
{
    public const string Now = "2026-12-28";

    /// <summary>
    /// Kyrgyz, 2026-2027. Class 5А (k1-k5), quarter marks in maths and literature:
    /// quarter 1: k1 5/5, k2 4/5, k3 3/4, k4 2/3, k5 3/3; quarter 2: k1 5/5, k2 5/5, k3 4/4, k4 3/4, k5 3/3.
    /// Class 6А (m1, m2), quarter 2 only: m1 4/5, m2 maths 5 and no literature mark.
    /// Absences in quarter 1 (5А): k1 Mon 5 Oct medical with a certificate, 6 lessons; k2 Tue 6 Oct medical without a
    /// document, 3 lessons; k3 a parent's note with the note, Mon 12 - Thu 15 Oct, 5 lessons a day; k4 Wed 7 Oct no
    /// excuse, 2 lessons. In quarter 2: k1 Tue 10 Nov, no excuse, 4 lessons.
    /// </summary>
    public static string Kyrgyz(TempFolder temp)
    {
        var folder = Folder(temp, "kg");
        Write(folder, "classes.csv", "class_id,name,grade_level,language,class_teacher_id", "5a,5А,5,ky,t002", "6a,6А,6,ky,t002");
        Write(folder, "pupils.csv", "pupil_id,full_name,class_id,birth_date",
            "k1,Асанов Бакыт,5a,2015-01-01", "k2,Бекова Айжан,5a,2015-01-01", "k3,Жумабаев Эрлан,5a,2015-01-01", "k4,Касымова Нурия,5a,2015-01-01", "k5,Токтогулов Азамат,5a,2015-01-01",
            "m1,Исаков Тимур,6a,2014-01-01", "m2,Орозова Гүлзат,6a,2014-01-01");
        Subjects(folder);
        Write(folder, "staff.csv", "staff_id,full_name,language,roles", "t001,Директор Д.,ky,director", "t002,Мугалим М.,ky,subject_teacher|class_teacher", "t003,Орун басар О.,ky,deputy_director");
        Write(folder, "teaching.csv", "class_id,subject_id,teacher_id,weekly_hours", "5a,math,t002,5", "5a,lit,t002,3", "6a,math,t002,5", "6a,lit,t002,3");
        var marks = new List<string> { "pupil_id,subject_id,date,value,kind" };
        void Quarter(string date, params (string Pupil, int Math, int? Lit)[] pupils)
        {
            foreach (var (pupil, math, lit) in pupils)
            {
                marks.Add($"{pupil},math,{date},{math},quarter");
                if (lit is { } l)
                {
                    marks.Add($"{pupil},lit,{date},{l},quarter");
                }
            }
        }

        Quarter("2026-10-30", ("k1", 5, 5), ("k2", 4, 5), ("k3", 3, 4), ("k4", 2, 3), ("k5", 3, 3));
        Quarter("2026-12-25", ("k1", 5, 5), ("k2", 5, 5), ("k3", 4, 4), ("k4", 3, 4), ("k5", 3, 3), ("m1", 4, 5), ("m2", 5, null));
        Write(folder, "marks.csv", [.. marks]);
        Write(folder, "absences.csv", "pupil_id,date,lessons,excuse,document",
            "k1,2026-10-05,6,medical,Справка №12",
            "k2,2026-10-06,3,medical,",
            "k3,2026-10-12,5,parent_note,Түшүнүк каты", "k3,2026-10-13,5,parent_note,Түшүнүк каты", "k3,2026-10-14,5,parent_note,Түшүнүк каты", "k3,2026-10-15,5,parent_note,Түшүнүк каты",
            "k4,2026-10-07,2,none,",
            "k1,2026-11-10,4,none,");
        return Import(temp, folder, "kg");
    }

    /// <summary>
    /// Kazakh, 2026-2027. Class 7А (a1-a4); each quarter a unit summative (СОР) and a term summative (СОЧ) in maths
    /// (max 20 and 25) and literature (max 10 and 20), points in <see cref="KazakhPoints"/>.
    /// </summary>
    public static string Kazakh(TempFolder temp)
    {
        var folder = Folder(temp, "kz");
        Write(folder, "classes.csv", "class_id,name,grade_level,language,class_teacher_id", "7a,7А,7,kk,t002");
        Write(folder, "pupils.csv", "pupil_id,full_name,class_id,birth_date",
            "a1,Ахметов Нұрлан,7a,2013-01-01", "a2,Бекова Әсем,7a,2013-01-01", "a3,Жақсылықов Ерлан,7a,2013-01-01", "a4,Қасымова Дана,7a,2013-01-01");
        Subjects(folder);
        Write(folder, "staff.csv", "staff_id,full_name,language,roles", "t001,Директор Д.,kk,director", "t002,Мұғалім М.,kk,subject_teacher|class_teacher", "t003,Орынбасар О.,kk,deputy_director");
        Write(folder, "teaching.csv", "class_id,subject_id,teacher_id,weekly_hours", "7a,math,t002,5", "7a,lit,t002,3");
        var marks = new List<string> { "pupil_id,subject_id,date,value,kind,max_points" };
        foreach (var (quarter, unitDate, termDate) in new[] { (1, "2026-09-18", "2026-10-20"), (2, "2026-11-20", "2026-12-20") })
        {
            foreach (var (pupil, points) in KazakhPoints[quarter])
            {
                marks.Add($"{pupil},math,{unitDate},{points[0]},unit_summative,20");
                marks.Add($"{pupil},math,{termDate},{points[1]},term_summative,25");
                marks.Add($"{pupil},lit,{unitDate},{points[2]},unit_summative,10");
                marks.Add($"{pupil},lit,{termDate},{points[3]},term_summative,20");
            }
        }

        Write(folder, "marks.csv", [.. marks]);
        return Import(temp, folder, "kz");
    }

    /// <summary>
    /// Points per quarter and pupil: maths СОР of 20, maths СОЧ of 25, literature СОР of 10, literature СОЧ of 20.
    /// Quarter 1: a1 90%/92% -> 91 "5", 90%/95% -> 92.5 "5"; a2 70/80 -> 75 "4", 100/90 -> 95 "5";
    /// a3 50/60 -> 55 "3", 70/70 -> 70 "4"; a4 25/32 -> 28.5 "2", 50/50 -> 50 "3".
    /// Quarter 2: a1 as before "5" "5"; a2 90/88 -> 89 "5", 100/90 "5"; a3 70/80 -> 75 "4", 70/70 "4";
    /// a4 50/60 -> 55 "3", 50/50 "3".
    /// </summary>
    public static readonly Dictionary<int, (string Pupil, int[] Points)[]> KazakhPoints = new()
    {
        [1] = [("a1", [18, 23, 9, 19]), ("a2", [14, 20, 10, 18]), ("a3", [10, 15, 7, 14]), ("a4", [5, 8, 5, 10])],
        [2] = [("a1", [18, 23, 9, 19]), ("a2", [18, 22, 10, 18]), ("a3", [14, 20, 7, 14]), ("a4", [10, 15, 5, 10])],
    };

    private static void Subjects(string folder) => Write(folder, "subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en",
        "math,Математика,Математика,Математика,Mathematics", "lit,Әдебиет,Адабият,Литература,Literature");

    private static string Import(TempFolder temp, string folder, string country) =>
        CsvSchool.Import(temp.File(country + ".db"), folder, country, country == "kg" ? "№97 мектеп" : "№1 мектеп");
}
