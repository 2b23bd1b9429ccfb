using System.Globalization;
using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Time;
using InternalControl.PolicyLanguage.Parsing;
using InternalControl.PolicyLanguage.Syntax;
using InternalControl.PolicyLanguage.Tokens;
using InternalControl.PolicyLanguage.Vocabularies;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Parses <c>workflow</c> blocks of a policy file (the grammar is in workflows/README.md). Keywords come from
/// the WorkflowVocabulary catalog in any of the four languages; roles, field types and the school-days unit are
/// vocabulary identifiers (<c>WfRole.*</c>, <c>WfType.*</c>, <c>WfUnit.*</c>). Errors are reported through the
/// cursor and never thrown.
/// </summary>
public sealed partial class WorkflowBlockParser : IBlockParser
{
    /// <summary>The keywords that start a step's clause or end the block: where a broken step is skipped to.</summary>
    private static readonly string[] StepStops = [Kw.Step, Kw.End];

    public string Concept => Kw.Workflow;

    public BlockSyntax Parse(TokenCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var tokens = BlockTokens(cursor);
        var text = string.Join(" ", tokens.Select(t => t.Text));
        var uses = new List<ParameterUse>();
        var tables = new List<TableUse>();
        var assignees = new List<AssigneeUse>();
        var start = cursor.ExpectKeyword(Kw.Workflow).Span;
        var name = cursor.ExpectString().Value;
        var version = 1;
        if (cursor.TryKeyword(Kw.Version))
        {
            version = Int(cursor.ExpectNumber());
        }

        var key = new List<string>();
        if (cursor.TryKeyword(Kw.Key))
        {
            do
            {
                key.Add(KeyPart(cursor, Name(cursor)));
            }
            while (cursor.TrySymbol(","));
        }

        // "once" after the key: a closed case still answers for its key (a pupil is not taken on twice a term).
        // Without a key there is nothing for a case to answer for: IC2107 at the word, which is passed over so that
        // the rest of the header still reads.
        var onceToken = cursor.Current;
        var once = cursor.TryKeyword(Kw.Once);
        if (once && key.Count == 0)
        {
            cursor.Report("IC2107", onceToken.Span, "Workflows.Syntax.OnceWithoutKey", onceToken.Text);
            once = false;
        }

        var reportSpan = cursor.TryKeyword(Kw.Report) ? cursor.Current.Span : null;
        var report = reportSpan is null ? null : PlacedTag(cursor, ReportTag.OfWorkflows, "Workflows.Syntax.ReportTagNotOfWorkflow");
        var steps = new List<StepSyntax>();
        while (!cursor.AtEnd && !cursor.IsKeyword(Kw.End))
        {
            if (!cursor.IsKeyword(Kw.Step))
            {
                cursor.ReportExpected(new ConceptName(Kw.Step), ["Kw"]);
                cursor.Next();
                cursor.SkipTo(StepStops);
                continue;
            }

            if (ParseStep(cursor, uses, tables, assignees) is { } step)
            {
                steps.Add(step);
            }
        }

        cursor.ExpectKeyword(Kw.End);
        return new WorkflowSyntax(start.Through(cursor.Previous.Span), name, version, key, steps, text) { Once = once, Report = report, ReportSpan = report is null ? null : reportSpan, Tokens = tokens, Parameters = uses, Tables = tables, Assignees = assignees };
    }

    /// <summary>
    /// The block's tokens, read ahead before parsing, up to the "end" that closes it (the one not right after
    /// a colon, where "end" is a step's kind).
    /// </summary>
    private static List<Token> BlockTokens(TokenCursor cursor)
    {
        var words = new List<Token>();
        for (var i = 0; cursor.Peek(i).Kind != TokenKind.EndOfFile; i++)
        {
            var token = cursor.Peek(i);
            words.Add(token);
            if (token.IsKeyword(Kw.End) && !(i > 0 && cursor.Peek(i - 1).IsSymbol(":")))
            {
                break;
            }
        }

        return words;
    }

    private static StepSyntax? ParseStep(TokenCursor cursor, List<ParameterUse> uses, List<TableUse> tables, List<AssigneeUse> assignees)
    {
        var start = cursor.Next().Span;
        var id = Name(cursor);
        cursor.ExpectSymbol(":");
        var kind = cursor.Current;
        StepDefinition? step = kind.Kind != TokenKind.Keyword ? null : kind.Concept switch
        {
            Kw.Notify => ParseNotify(cursor, id),
            Kw.Task => ParseTask(cursor, id, uses, assignees),
            Kw.Decide => ParseDecide(cursor, id, uses, tables),
            Kw.Wait => ParseWait(cursor, id, uses),
            Kw.Parallel => ParseParallel(cursor, id),
            Kw.Start => ParseSub(cursor, id),
            Kw.End => ParseEnd(cursor, id),
            _ => null,
        };
        if (step is null)
        {
            cursor.Report("IC2101", kind.Span, "Workflows.Syntax.StepKind", kind.Text);
            cursor.Next();
            cursor.SkipTo(Kw.Step);
            return null;
        }

        // After the step, in either order: its report tag, and "ask" (its messages ask their recipient something).
        while (true)
        {
            if (step.Report is null && cursor.TryKeyword(Kw.Report))
            {
                step = step with { Report = PlacedTag(cursor, ReportTag.OfSteps, "Workflows.Syntax.ReportTagNotOfStep") };
            }
            else if (!step.Asks && cursor.TryKeyword(Kw.Ask))
            {
                step = step with { Asks = true };
            }
            else
            {
                break;
            }
        }

        return new StepSyntax(start.Through(cursor.Previous.Span), step);
    }

    private static NotifyStep ParseNotify(TokenCursor cursor, string id)
    {
        cursor.Next();
        var roles = new List<WorkflowRole>();
        do
        {
            roles.Add(Role(cursor));
        }
        while (cursor.TrySymbol(","));
        cursor.ExpectKeyword(Kw.Template);
        var template = cursor.ExpectString().Value;
        return new NotifyStep(id, roles, template, Arrow(cursor));
    }

    private static WaitStep ParseWait(TokenCursor cursor, string id, List<ParameterUse> uses)
    {
        cursor.Next();
        if (cursor.TryKeyword(Kw.Until))
        {
            var date = cursor.Current;
            DateOnly? until = null;
            if (date.Kind == TokenKind.Identifier && cursor.Vocabulary.ConceptOf(date.Text, "WfDate") == WfDate.YearEnd)
            {
                cursor.Next();
                return new WaitStep(id, null, null, Arrow(cursor)) { UntilYearEnd = true };
            }

            if (date.Kind == TokenKind.Identifier)
            {
                return ParseWaitUntilVariable(cursor, id, uses);
            }

            if (date.Kind == TokenKind.Date && IsoDate.TryParse(date.Text, out var d))
            {
                cursor.Next();
                until = d;
            }
            else
            {
                cursor.ReportExpected("yyyy-mm-dd", null);
            }

            return new WaitStep(id, null, until, Arrow(cursor));
        }

        var days = Days(cursor, new ParameterSite(uses, id, ParameterSlot.Wait));
        return new WaitStep(id, days, null, Arrow(cursor));
    }

    private static ParallelStep ParseParallel(TokenCursor cursor, string id)
    {
        cursor.Next();
        var branches = List(cursor);
        cursor.ExpectKeyword(Kw.Join);
        return new ParallelStep(id, branches, Arrow(cursor));
    }

    private static SubWorkflowStep ParseSub(TokenCursor cursor, string id)
    {
        cursor.Next();
        var workflow = cursor.ExpectString().Value;
        return new SubWorkflowStep(id, workflow, Arrow(cursor));
    }

    private static EndStep ParseEnd(TokenCursor cursor, string id)
    {
        cursor.Next();
        var result = cursor.Current.Kind == TokenKind.String ? cursor.Next().Value : Name(cursor);
        return new EndStep(id, result);
    }
}
