using System.Text.Json;
using InternalControl.Testing;
using static InternalControl.Cli.Tests.CsvSchool;

namespace InternalControl.Cli.Tests;

/// <summary>
/// Kazakh policy 3 through the whole engine (seed 000 direction III, §5.1-5.2; seed 001 R41): a Kazakh school
/// with the shipped policy attached by `ic init`, its CSVs imported, evaluated: a pupil whose unit summatives (points
/// out of their maxima, as Kazakh journals keep them) project 4 or 5 in every subject but a single 3 gets a
/// monitoring case in that subject; the consilium is the deputy director's, with the psychologist as a member who gives a
/// conclusion before it.
/// </summary>
public sealed class KazakhMonitoringTests
{
    private const string Now = "2026-10-20";

    [Fact]
    public void Evaluate_PupilWithASingleThree_StartsMonitoringInThatSubject()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolWithMarks(temp);

        // Act
        var run = Ic.Run("evaluate", "--json", "--db", db, "--now", Now);

        // Assert: p1 has 3 in maths (9 of 15, 60%) and 4-5 elsewhere; p2 has 3 in all three subjects (more than
        // the 1-2 of seed 001 R41)
        run.AssertSucceeded();
        var cases = JsonDocument.Parse(Ic.Run("cases", "--json", "--db", db, "--now", Now).Out).RootElement.EnumerateArray()
            .Where(c => c.GetProperty("workflow").GetString() == "kz-monitoring")
            .Select(c => (c.GetProperty("pupil").GetString(), c.GetProperty("subject").GetString()))
            .ToList();
        Assert.Equal([("p1", "math")], cases);
    }

    [Fact]
    public void Evaluate_PupilWithASingleThree_TheSubjectTeacherIsAskedForAnIndividualPlanInKazakh()
    {
        // Arrange
        using var temp = new TempFolder();
        var db = SchoolWithMarks(temp);

        // Act
        Ic.Run("evaluate", "--db", db, "--now", Now);

        // Assert: the notice reaches the subject teacher in the class's language (§5.2 step 4, individual work)
        var outbox = JsonDocument.Parse(Ic.Run("outbox", "--json", "--db", db, "--now", Now).Out).RootElement.EnumerateArray().ToList();
        var started = outbox.First(m => m.GetProperty("template").GetString() == "KzMonitoring.Started");
        Assert.Contains("бір «3» немесе бір «4»", started.GetProperty("text").GetString(), StringComparison.Ordinal);
        var tasks = JsonDocument.Parse(Ic.Run("tasks", "--json", "--db", db, "--now", Now).Out).RootElement.EnumerateArray();
        Assert.Contains(tasks, t => t.GetProperty("step").GetString() == "individual_plan" && t.GetProperty("pupil").GetString() == "p1");
    }

    [Fact]
    public void Complete_AnalysisSaysExtraLessonsDidNotHelp_ThePsychologistGivesAConclusion_ThenTheDeputyDirectorHoldsTheConsilium()
    {
        // Arrange: the plan is done, the extra lessons run 20 school days, the quarterly analysis is due
        using var temp = new TempFolder();
        var db = SchoolWithMarks(temp);
        Ic.Run("evaluate", "--db", db, "--now", Now);
        Ic.Run("complete", TaskId(db, "individual_plan", Now), "--outcome", "done", "--field", "cause=бөлшектер", "--field", "measures=қосымша сабақ", "--db", db, "--now", "2026-10-21").AssertSucceeded();
        Ic.Run("tick", "--db", db, "--now", "2026-11-25").AssertSucceeded();

        // Act: §3.4 "қосымша сабақтар арқылы да қол жеткізбеген жағдайда консилиум ұйымдастыру"
        Ic.Run("complete", TaskId(db, "analysis", "2026-11-25"), "--outcome", "no_change", "--field", "decision=нәтиже жоқ", "--db", db, "--now", "2026-11-26").AssertSucceeded();

        // Assert: the parents are invited in their language (Kazakh), the psychologist is invited as a member and gives
        // a conclusion (§5.2 step 4), a task of their own; the meeting waits for it
        var outbox = JsonDocument.Parse(Ic.Run("outbox", "--json", "--db", db, "--now", "2026-11-26").Out).RootElement.EnumerateArray().ToList();
        var invitation = outbox.Single(m => m.GetProperty("template").GetString() == "KzMonitoring.ConsiliumInvitation");
        Assert.Equal("parent:g1", invitation.GetProperty("to").GetString());
        Assert.Contains("психологиялық-педагогикалық консилиумға шақырамыз", invitation.GetProperty("text").GetString(), StringComparison.Ordinal);
        var members = outbox.Where(m => m.GetProperty("template").GetString() == "KzMonitoring.ConsiliumMembers").Select(m => m.GetProperty("to").GetString()).ToList();
        Assert.Contains(members, to => to!.EndsWith("t004", StringComparison.Ordinal));
        var tasks = JsonDocument.Parse(Ic.Run("tasks", "--json", "--db", db, "--now", "2026-11-26").Out).RootElement.EnumerateArray().ToList();
        var conclusion = Assert.Single(tasks, t => t.GetProperty("role").GetString() == "psychologist");
        Assert.Equal("psychologist", conclusion.GetProperty("step").GetString());
        Assert.DoesNotContain(tasks, t => t.GetProperty("step").GetString() == "consilium_meeting");

        // Act: the psychologist's conclusion
        Ic.Run("complete", TaskId(db, "psychologist", "2026-11-26"), "--outcome", "concluded", "--field", "psychologist_opinion=зейін тұрақсыз", "--db", db, "--now", "2026-11-27").AssertSucceeded();

        // Assert: the consilium is the deputy director's task (the psychologist holds none of it)
        tasks = JsonDocument.Parse(Ic.Run("tasks", "--json", "--db", db, "--now", "2026-11-27").Out).RootElement.EnumerateArray().ToList();
        var meeting = tasks.Single(t => t.GetProperty("step").GetString() == "consilium_meeting");
        Assert.Equal("deputy_director", meeting.GetProperty("role").GetString());
        Assert.DoesNotContain(tasks, t => t.GetProperty("role").GetString() == "psychologist");
    }

    private static string TaskId(string db, string step, string now) =>
        JsonDocument.Parse(Ic.Run("tasks", "--json", "--db", db, "--now", now).Out).RootElement.EnumerateArray()
            .Single(t => t.GetProperty("step").GetString() == step)
            .GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string SchoolWithMarks(TempFolder temp)
    {
        var folder = Folder(temp, "school");
        Write(folder, "classes.csv", "class_id,name,grade_level,language,class_teacher_id", "7a,7А,7,kk,t002");
        Write(folder, "pupils.csv", "pupil_id,full_name,class_id,birth_date", "p1,Ахметов Нұрлан,7a,2013-03-01", "p2,Сейітова Айгерім,7a,2013-05-02");
        Write(folder, "subjects.csv", "subject_id,name_kk,name_ky,name_ru,name_en", "math,Математика,Математика,Математика,Mathematics", "hist,Қазақстан тарихы,Казакстан тарыхы,История Казахстана,History of Kazakhstan", "kaz,Қазақ тілі,Казак тили,Казахский язык,Kazakh");
        Write(folder, "staff.csv", "staff_id,full_name,language,roles", "t001,Директор Д.,kk,director", "t002,Мұғалім М.,kk,subject_teacher|class_teacher", "t003,Орынбасар О.,kk,deputy_director", "t004,Психолог П.,kk,psychologist");
        Write(folder, "teaching.csv", "class_id,subject_id,teacher_id", "7a,math,t002", "7a,hist,t002", "7a,kaz,t002");
        Write(folder, "parents.csv", "parent_id,full_name,pupil_id,language,phone,email", "g1,Ахметова Г.,p1,kk,+7 700 000 00 01,g1@example.org");
        Write(
            folder,
            "marks.csv",
            "pupil_id,subject_id,date,value,kind,max_points",
            "p1,math,2026-10-01,9,unit_summative,15", "p1,hist,2026-10-02,19,unit_summative,20", "p1,kaz,2026-10-02,15,unit_summative,20",
            "p1,math,2026-10-05,7,formative,", "p1,hist,2026-10-06,9,formative,",
            "p2,math,2026-10-01,10,unit_summative,20", "p2,hist,2026-10-02,9,unit_summative,15", "p2,kaz,2026-10-02,12,unit_summative,20");
        return Import(temp.File("school.db"), folder, "kz", "Test");
    }
}
