using System.Net;
using System.Text.RegularExpressions;
using InternalControl.Kernel.Schools;
using InternalControl.Kernel.Time;

namespace InternalControl.Web.Tests;

/// <summary>
/// The decision matrix on the dashboard of the sample Kazakh school (seed 000 §3.2-3.4). In its scores.csv teachers
/// t008, t012, t016 and t020 are systematic (group C) on II.3 and III.1 and the twelve others are in groups A or B;
/// §3.4 opens a re-control for each A and B object and sheet (25 in all), whose first task falls due ten school days on.
/// </summary>
public sealed partial class DashboardMatrixTests(KazakhWebSchool fixture) : IClassFixture<KazakhWebSchool>
{
    private readonly WebSchool _school = fixture.School;

    [Fact]
    public async Task Dashboard_KazakhSchool_CountsObjectsByGroupPerSheetAndEachNumberLeadsToItsObjects()
    {
        // Arrange
        var browser = await _school.Staff(_school.First(StaffRole.DeputyDirector).Id);

        // Act
        var page = await browser.Get("/dashboard");
        var groupC = await browser.Get("/dashboard/matrix?sheet=II.3&group=C");
        var groupsAandB = (await browser.Get("/dashboard/matrix?sheet=II.3&group=A")).Html + (await browser.Get("/dashboard/matrix?sheet=II.3&group=B")).Html;

        // Assert: §3.3, group C holds the four systematic teachers, and the list behind the number names them.
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<a href=\"/dashboard/matrix?sheet=II.3&amp;group=C\">4</a>", page.Html, StringComparison.Ordinal);
        Assert.Equal(4, ObjectRow().Count(groupC.Html));
        foreach (var id in new[] { "t008", "t012", "t016", "t020" })
        {
            Assert.Contains(_school.Data.Staff.Single(s => s.Id == id).FullName, groupC.Html, StringComparison.Ordinal);
        }

        Assert.Equal(12, ObjectRow().Count(groupsAandB));
    }

    [Fact]
    public async Task Dashboard_KazakhSchool_CountsTheReControlsDueThisMonthAndListsThem()
    {
        // Arrange: on the sample's date (27 November) the re-controls' first tasks fall due in December.
        var browser = await _school.Staff(_school.First(StaffRole.Director).Id);
        var november = await browser.Get("/dashboard");
        var start = _school.Clock.Now;

        try
        {
            // Act: the first of December.
            _school.Clock.Now = SchoolTime.MorningOf(new DateOnly(2026, 12, 1));
            var later = await _school.Staff(_school.First(StaffRole.Director).Id);
            var december = await later.Get("/dashboard");
            var list = await later.Get("/dashboard/recontrols");

            // Assert: §3.4, one re-control per A and B object and sheet, each a link to its case.
            Assert.Contains("<a href=\"/dashboard/recontrols\">", november.Html, StringComparison.Ordinal);
            Assert.Matches(RecontrolCount(0), november.Html);
            Assert.Matches(RecontrolCount(25), december.Html);
            Assert.Equal(HttpStatusCode.OK, list.Status);
            Assert.Equal(25, RecontrolRow().Count(list.Html));
        }
        finally
        {
            _school.Clock.Now = start;
        }
    }

    [Fact]
    public async Task MatrixLists_ForAClassTeacher_DoNotExist()
    {
        var teacher = _school.Data.Classes.Select(c => c.ClassTeacherId).OfType<string>()
            .First(id => !_school.Data.Staff.First(s => s.Id == id).Has(StaffRole.DeputyDirector) && !_school.Data.Staff.First(s => s.Id == id).Has(StaffRole.Director));
        var browser = await _school.Staff(teacher);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/dashboard/matrix?sheet=II.3&group=C")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Get("/dashboard/recontrols")).Status);
    }

    private static Regex RecontrolCount(int count) => new($"<a href=\"/dashboard/recontrols\">[^<]*: {count}</a>");

    [GeneratedRegex("<tr class=\"object\">")]
    private static partial Regex ObjectRow();

    [GeneratedRegex("<tr class=\"recontrol\">")]
    private static partial Regex RecontrolRow();
}
