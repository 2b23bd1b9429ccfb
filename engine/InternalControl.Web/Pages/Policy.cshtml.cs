using InternalControl.Application.Policies;
using InternalControl.Application.Policies.Workbench;
using InternalControl.PolicyLanguage.Translation;
using InternalControl.Rules.Model;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace InternalControl.Web.Pages;

/// <summary>
/// The attached policy for the deputy director and the director: each file (the baseline, then the school's overlay) in
/// the reader's language through the policy translator (`ic rules translate`), coloured, and each parameter with its
/// value, its clause and its meaning in the reader's language. For everyone else the page does not exist.
/// </summary>
public sealed class PolicyModel : SchoolPage
{
    public IReadOnlyList<(string File, IHtmlContent Text, bool Overlay)> Files { get; private set; } = [];

    public IReadOnlyList<PolicyParameter> Parameters { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (PolicyWorkbench.For(Web.Host.Workspace, Web.Access, Texts.Language) is not { } workbench)
        {
            return Missing();
        }

        Title = T("Web.Policy.Title");
        Files = [.. workbench.Sources.Select(s => (s.File, PolicyHighlight.Html(Translated(s.Text, s.File)), s.File == workbench.OverlayFile))];
        Parameters = workbench.Sources.Count == 0 ? [] : PolicyHost.Compile(workbench.Sources).Value?.Rules.Parameters ?? [];
        return Page();
    }

    /// <summary>The clause a parameter's description names before its first ':' ("5.7: three or more…" -> "5.7"), or "".</summary>
    public static string Clause(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var description = parameter.Description ?? "";
        var colon = description.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon <= 24 && char.IsDigit(description.TrimStart('§', ' ')[0]) ? description[..colon].Trim() : "";
    }

    /// <summary>
    /// What a parameter means, in the reader's language: the shipped parameters' meanings are texts of the Policies
    /// catalog (Policy.Parameter.NAME); a parameter a school's own overlay declares has its description after the clause,
    /// in the language its author wrote it in.
    /// </summary>
    public string Meaning(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return Texts.GetOr("Policy.Parameter." + parameter.Name, Described(parameter));
    }

    /// <summary>A parameter's description after the clause.</summary>
    public static string Described(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var clause = Clause(parameter);
        var description = parameter.Description ?? "";
        return clause.Length == 0 ? description : description[(description.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    public string Value(PolicyParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return parameter.Value switch
        {
            double d => Texts.Number(d),
            DateOnly date => Texts.Date(date),
            bool b => T(b ? "Web.Yes" : "Web.No"),
            _ => Convert.ToString(parameter.Value, Texts.Culture) ?? "",
        };
    }

    private string Translated(string text, string file)
    {
        var translated = PolicyTranslator.Translate(text, file, Texts.Language);
        return translated.Value ?? text;
    }
}
