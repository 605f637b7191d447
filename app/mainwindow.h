#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMainWindow>

#include <memory>

class Cluster;
class ClusterPage;
class Lab;
class LabHttp;
class LabPhones;
class LanguageManager;
class QActionGroup;
class QComboBox;
class QDialog;
class QTextBrowser;
class QLabel;
class QLineEdit;
class QPushButton;
class QMenu;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/// The console's main window: a navigation tree shaped like the Unified CM Administration,
/// Serviceability and Reporting menus, the cluster selector (whose administration you are
/// in), the page area and a status line.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The Phones page and the story drive @p phones' agents (the console's listeners).
    MainWindow(Lab *lab, LanguageManager *languages, LabPhones *phones, QWidget *parent = nullptr);
    /// A window whose phones reach listeners of its own (tests, screenshots).
    MainWindow(Lab *lab, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    Cluster *currentCluster() const;
    void setCurrentCluster(const QString &name);
    /// Shows the page registered under @p key ("overview", "endUser", …); false if none.
    bool showPage(const QString &key);
    QString currentPageKey() const;
    /// Roaming Readiness's Go: administer @p cluster, show @p page, open record @p recordId.
    void goTo(const QString &cluster, const QString &page, qint64 recordId = 0);
    /// The address the HTTP listeners are bound to (--listen): anything but loopback shows a
    /// permanent warning in the status bar (user IDs and PINs cross the network in clear).
    void setListenAddress(const QHostAddress &address);
    /// The toolbar's search: records of every cluster whose user ID, device or profile name
    /// or directory number is @p text (case-insensitive), listed in the results box; Go opens
    /// the chosen one on its cluster.
    void search(const QString &text);
    /// Opens the record chosen in the search results (its page, on its cluster).
    bool goToSearchResult();
    /// F1: what the current page is for and which step of the task flow it serves.
    void showPageHelp();
    /// File › Open Scenario… without the file dialog: runs the lab script @p path step by step
    /// on the ILS Topology page (shown); false when it cannot be read or does not read well
    /// (the page shows the error as the script runner words it, "line N: …").
    bool openScenario(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    std::unique_ptr<LabHttp> m_ownHttp;
    std::unique_ptr<LabPhones> m_ownPhones;
    struct NavEntry {
        const char *label; ///< QT_TRANSLATE_NOOP("Navigation", …)
        QString key;       ///< page key; empty for a menu heading
        int depth;
    };
    static const QList<NavEntry> &navigation();
    void buildMenus();
    void buildNavigation();
    void addPage(const QString &key, QWidget *page);
    void retranslate();
    void updateStatus();
    void clusterSelected(int index);
    void addOpenScenarioAction();
    QAction *m_openScenarioAction = nullptr;

    Lab *m_lab;
    LanguageManager *m_languages;
    QTreeWidget *m_nav;
    QStackedWidget *m_stack;
    QComboBox *m_clusterCombo;
    QLabel *m_clusterLabel;
    QLabel *m_statusLabel;
    QLabel *m_listenWarningLabel = nullptr;
    QHostAddress m_listenAddress{QHostAddress::LocalHost};
    QMenu *m_fileMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_pageHelpAction;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_searchResults = nullptr;
    QPushButton *m_goButton = nullptr;
    QLabel *m_searchLabel = nullptr;
    void retranslateSearchResults();
    QDialog *m_helpDialog = nullptr;
    QTextBrowser *m_helpBrowser = nullptr;
    void updatePageHelp();
    QActionGroup *m_languageGroup;
    QHash<QString, QWidget *> m_pages;
    QHash<QString, QTreeWidgetItem *> m_navItems;
    QString m_shownCluster; ///< the cluster the pages show (the selector may be put back to it)
};
