using System.Net;
using System.Text.RegularExpressions;

namespace InternalControl.Web.Tests;

/// <summary>Reads what a browser would: a page's status and text, the antiforgery token of its form, and posts forms.</summary>
internal static partial class Pages
{
    public static async Task<(HttpStatusCode Status, string Html)> Get(this HttpClient browser, string path)
    {
        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form the way the page's own form does, with the antiforgery token read from the page.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> Post(this HttpClient browser, string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var page = await browser.Get(tokenFrom ?? path);
        var token = Token().Match(page.Html);
        var values = fields.ToList();
        if (token.Success)
        {
            values.Add(new("__RequestVerificationToken", token.Groups[1].Value));
        }

        return await browser.PostRaw(path, values);
    }

    public static async Task<(HttpStatusCode Status, string Html)> PostRaw(this HttpClient browser, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await browser.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Uploads files through the import page's form (multipart, as a browser sends it), with the page's antiforgery token.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> Upload(this HttpClient browser, IEnumerable<(string Name, byte[] Content)> files)
    {
        var page = await browser.Get("/import");
        using var content = new MultipartFormDataContent();
        var token = Token().Match(page.Html);
        if (token.Success)
        {
            content.Add(new StringContent(token.Groups[1].Value), "__RequestVerificationToken");
        }

        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "files", name);
        }

        var response = await browser.PostAsync(new Uri("/import?handler=Preview", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
