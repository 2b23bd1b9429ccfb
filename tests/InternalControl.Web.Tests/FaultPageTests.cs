using System.Net;
using InternalControl.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace InternalControl.Web.Tests;

/// <summary>
/// A fault inside a page (a bug, a lost database) answers 500 with the error page in the reader's language and a way
/// back: no stack trace, no exception text, and none of the personal data the exception carried.
/// </summary>
public sealed class FaultPageTests : IDisposable
{
    /// <summary>A name in the fault's message, as a careless exception would carry a pupil's.</summary>
    private const string PupilName = "Асанов Бакыт Асанович";

    private readonly WebSchool _school = WebSchool.With(b => b.Services.Configure<RazorPagesOptions>(o => o.Conventions.ConfigureFilter(new FaultOnInbox())));

    [Theory]
    [InlineData("ky")]
    [InlineData("ru")]
    public async Task FaultInAPage_Answers500_WithTheFaultPage_InTheReadersLanguage_AndNoDetail(string language)
    {
        // Arrange
        var browser = await _school.Staff(_school.First(InternalControl.Kernel.Schools.StaffRole.DeputyDirector).Id);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var texts = new Localizer(Languages.TryParse(language, out var parsed) ? parsed.Value : throw new ArgumentException(language));

        // Act
        var page = await browser.Get("/?fault=1");

        // Assert
        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Contains(WebUtility.HtmlEncode(texts.Get("Web.Status.Fault.Text")), page.Html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(texts.Get("Web.Status.Back")), page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(PupilName, page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at InternalControl", page.Html, StringComparison.Ordinal);
    }

    public void Dispose() => _school.Dispose();

    /// <summary>Throws inside a page's handler when the address asks for it, as a bug would.</summary>
    private sealed class FaultOnInbox : IPageFilter
    {
        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path == "/" && context.HttpContext.Request.Query.ContainsKey("fault"))
            {
                throw new InvalidOperationException("The journal of " + PupilName + " could not be read.");
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
