#include "ui/dialogs/ModelManagerDialog.h"

#include "core/inference/ModelRegistry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fp::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString jsonBlock(const QJsonObject &o)
{
    if (o.isEmpty())
        return QStringLiteral("–");
    return QStringLiteral("<pre>%1</pre>")
        .arg(esc(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented))));
}

} // namespace

ModelManagerDialog::ModelManagerDialog(const inference::ModelRegistry &registry, QWidget *parent)
    : QDialog(parent), m_registry(registry)
{
    setWindowTitle(tr("Models"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("Bundled: %1<br>User models: %2")
                                 .arg(esc(registry.bundledDirs().join(QStringLiteral(", "))), esc(registry.userDir())),
                             this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);
    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("modelList"));
    m_card = new QTextBrowser(split);
    m_card->setObjectName(QStringLiteral("modelCard"));
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    for (const inference::ModelEntry &entry : registry.models()) {
        auto *item =
            new QListWidgetItem(entry.card.displayName() + (entry.bundled ? QString() : tr(" (user, unverified)")));
        m_list->addItem(item);
    }
    for (const Error &problem : registry.problems()) {
        auto *item = new QListWidgetItem(tr("Invalid card"));
        item->setToolTip(problem.message);
        item->setData(Qt::UserRole, problem.message);
        item->setForeground(QColor(0xe5, 0x48, 0x4d));
        m_list->addItem(item);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &ModelManagerDialog::showModel);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_card->setHtml(tr("<p>No model is installed. Put a model card (JSON) and its TorchScript weights in "
                           "%1.</p>")
                            .arg(esc(registry.userDir())));
}

int ModelManagerDialog::modelCount() const
{
    return int(m_registry.models().size());
}

QString ModelManagerDialog::cardText() const
{
    return m_card->toPlainText();
}

void ModelManagerDialog::showModel(int row)
{
    if (row < 0)
        return;
    if (row >= m_registry.models().size()) {
        m_card->setPlainText(m_list->item(row)->data(Qt::UserRole).toString());
        return;
    }
    const inference::ModelEntry &entry = m_registry.models().at(row);
    const inference::ModelCard &c = entry.card;
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(c.displayName()));
    html += QStringLiteral("<table cellspacing=4>");
    auto row2 = [&](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), v);
    };
    row2(tr("Origin"), entry.bundled ? tr("bundled with Fakeprint") : tr("user model (not verified by Fakeprint)"));
    row2(tr("Card"), esc(c.cardPath));
    row2(tr("Weights"), esc(c.weights));
    row2(tr("SHA-256"), QStringLiteral("<tt>%1</tt>").arg(esc(c.sha256)));
    row2(tr("Architecture"), esc(c.architecture));
    row2(tr("Input"), tr("%1×%1 px, %2, crop scale %3")
                          .arg(c.input.size)
                          .arg(inference::colorOrderName(c.input.colorOrder))
                          .arg(c.input.cropScale));
    QStringList heads;
    for (const auto &o : c.outputs)
        heads << tr("%1 (%2 units)").arg(inference::headKindName(o.head)).arg(o.units);
    row2(tr("Heads"), esc(heads.join(QStringLiteral(", "))));
    row2(tr("Decision"), tr("fake ≥ %1, inconclusive %2–%3, method needs ≥ %4, at least %5 frame(s)")
                             .arg(c.decision.fakeThreshold)
                             .arg(c.decision.inconclusiveLow)
                             .arg(c.decision.inconclusiveHigh)
                             .arg(c.decision.minMethodProbability)
                             .arg(c.decision.minFrames));
    row2(tr("Calibration"), tr("temperature %1 (binary), %2 (attribution)")
                                .arg(c.calibration.binaryTemperature)
                                .arg(c.calibration.attributionTemperature));
    row2(tr("License"), esc(c.license));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("Classes"));
    for (const auto &mc : c.classes)
        html += QStringLiteral("<li><b>%1</b> (%2): %3</li>").arg(esc(mc.label), esc(mc.key), esc(mc.description));
    html += QStringLiteral("</ul><h3>%1</h3><ul>").arg(tr("Limitations"));
    for (const QString &l : c.limitations)
        html += QStringLiteral("<li>%1</li>").arg(esc(l));
    html += QStringLiteral("</ul><h3>%1</h3>%2<h3>%3</h3>%4")
                .arg(tr("Training"), jsonBlock(c.training), tr("Measured metrics"), jsonBlock(c.metrics));
    m_card->setHtml(html);
}

} // namespace fp::ui
