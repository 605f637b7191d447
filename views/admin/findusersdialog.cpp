#include "findusersdialog.h"
#include "ui_findusersdialog.h"

#include "items/endusertablemodel.h"

std::function<void(FindUsersDialog *)> FindUsersDialog::s_testHook;

FindUsersDialog::FindUsersDialog(Cluster *cluster, std::function<bool(qint64)> offer, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FindUsersDialog>()), m_model(new EndUserTableModel(this))
{
    m_ui->setupUi(this);
    m_model->setAcceptFilter(std::move(offer));
    m_model->setCluster(cluster);
    m_ui->findListWidget->setModel(m_model, {EndUserTableModel::UserIdColumn, EndUserTableModel::FirstNameColumn,
                                             EndUserTableModel::LastNameColumn});
    m_ui->findListWidget->setTexts([] { return tr("Find and List Users"); }, [] { return tr("Find User where"); });
    m_ui->findListWidget->setActionsVisible(false, false);
    connect(m_ui->addSelectedButton, &QPushButton::clicked, this, [this] {
        m_chosen = m_ui->findListWidget->selectedIds();
        accept();
    });
    connect(m_ui->findListWidget, &FindListWidget::openRequested, this, [this](qint64 id) {
        m_chosen = {id};
        accept();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 480);
}

FindUsersDialog::~FindUsersDialog() = default;

void FindUsersDialog::setTestHook(std::function<void(FindUsersDialog *)> hook)
{
    s_testHook = std::move(hook);
}

QList<qint64> FindUsersDialog::pick(Cluster *cluster, std::function<bool(qint64)> offer, QWidget *parent)
{
    FindUsersDialog dialog(cluster, std::move(offer), parent);
    if (s_testHook)
        s_testHook(&dialog);
    else
        dialog.exec();
    return dialog.chosen();
}

void FindUsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}
